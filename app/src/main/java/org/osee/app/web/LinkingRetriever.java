package org.osee.app.web;

import java.util.List;
import java.util.function.Supplier;
import org.osee.knowledge.CollectionName;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;

/**
 * A retriever whose passages always carry a link: passages of documents without their own URL get
 * the server's page of the document, at the section's anchor ({@link DocumentPages#link}), built on
 * the public base URL, so that citations in the web chat, email, Discord and Telegram are links.
 */
public final class LinkingRetriever implements Retriever {
    private final Retriever inner;
    private final Supplier<String> publicBase;

    /** @param publicBase the server's public base URL, read when a passage needs a link */
    public LinkingRetriever(Retriever inner, Supplier<String> publicBase) {
        this.inner = inner;
        this.publicBase = publicBase;
    }

    @Override
    public List<Passage> retrieve(String query, int top) {
        return link(inner.retrieve(query, top));
    }

    @Override
    public List<Passage> retrieve(String query, int top, String language) {
        return link(inner.retrieve(query, top, language));
    }

    @Override
    public String inEnglish(String text, String language) {
        return inner.inEnglish(text, language);
    }

    @Override
    public String documentText(String source) {
        return inner.documentText(source);
    }

    @Override
    public List<Passage> passagesOf(String source) {
        return link(inner.passagesOf(source));
    }

    @Override
    public List<CollectionName> collectionsNamed(String text) {
        return inner.collectionsNamed(text);
    }

    private List<Passage> link(List<Passage> passages) {
        return passages.stream().map(p -> p.url() != null && !p.url().isBlank() ? p
                : p.withUrl(DocumentPages.link(publicBase.get(), p))).toList();
    }
}
