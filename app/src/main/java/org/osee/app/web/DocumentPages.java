package org.osee.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.osee.knowledge.IndexedDocument;
import org.osee.knowledge.Passage;

/**
 * The ingested documents as web pages, so that every citation can be a link: {@code GET /doc/PATH}
 * renders the document whose source path is {@code PATH} (its title, then each section under a
 * heading whose {@code id} is the anchor citations point to), all text HTML-escaped. A document with
 * its own URL still gets a page here, but its citations link to its own URL.
 */
public final class DocumentPages {
    /** The path prefix of document pages. */
    public static final String PREFIX = "/doc/";

    private final Function<String, Optional<IndexedDocument>> documents;

    /** @param documents the indexed document of a source path ({@code KnowledgeBase::document}) */
    public DocumentPages(Function<String, Optional<IndexedDocument>> documents) {
        this.documents = documents;
    }

    void register(Javalin javalin) {
        javalin.get(PREFIX + "<source>", this::page);
    }

    /**
     * The link a citation of this passage shows: the document's own URL when it has one, else its
     * page on this server ({@code publicBase + /doc/PATH#ANCHOR}).
     *
     * @param publicBase the server's public base URL, e.g. {@code https://assist.example.org}
     */
    public static String link(String publicBase, Passage passage) {
        if (passage.url() != null && !passage.url().isBlank()) {
            return passage.url();
        }
        String base = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
        String anchor = passage.anchor();
        return base + PREFIX + encodePath(passage.source()) + (anchor == null ? "" : "#" + encodeSegment(anchor));
    }

    private void page(Context ctx) {
        String source = URLDecoder.decode(ctx.pathParam("source"), StandardCharsets.UTF_8);
        Optional<IndexedDocument> doc = documents.apply(source);
        ctx.contentType("text/html; charset=utf-8");
        if (doc.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).result("<!doctype html><meta charset=\"utf-8\"><title>Not found</title>"
                    + "<p>No document " + escape(source) + " in the knowledge base.</p>");
            return;
        }
        ctx.result(render(doc.get()));
    }

    static String render(IndexedDocument doc) {
        StringBuilder html = new StringBuilder(4096);
        String lang = doc.language() == null || doc.language().equals("und") ? "" : " lang=\"" + escape(doc.language()) + "\"";
        html.append("<!doctype html>\n<html").append(lang).append("><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(doc.title())).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/doc.css\"></head><body>\n")
                .append("<h1>").append(escape(doc.title())).append("</h1>\n<p class=\"src\">")
                .append(escape(doc.source()));
        if (doc.url() != null) {
            html.append(" · <a href=\"").append(escape(doc.url())).append("\">original</a>");
        }
        html.append("</p>\n");
        for (IndexedDocument.Part part : doc.parts()) {
            if (!part.section().isBlank()) {
                html.append("<h2");
                if (part.anchor() != null) {
                    html.append(" id=\"").append(escape(part.anchor())).append('"');
                }
                html.append('>').append(escape(part.section())).append("</h2>\n");
            }
            for (String paragraph : part.text().split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
                }
            }
        }
        return html.append("</body></html>\n").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String encodePath(String source) {
        StringBuilder out = new StringBuilder();
        for (String segment : source.split("/")) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(encodeSegment(segment));
        }
        return out.toString();
    }

    private static String encodeSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
