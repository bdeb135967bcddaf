package org.osee.knowledge.chunk;

import java.util.Objects;

/**
 * A piece of one section of one document, the unit that is indexed and retrieved.
 *
 * @param source   path relative to the ingested root
 * @param title    the document's title
 * @param section  heading path "H1 > H2 > H3", may be empty
 * @param url      link to the document or section, or {@code null}
 * @param language ISO 639-1 code or "und"
 * @param text     the chunk's text
 * @param translationKey what the chunk's document shares with its translations, or {@code null}
 */
public record Chunk(String source, String title, String section, String url, String language, String text,
                    String translationKey) {
    public Chunk {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }

    /** A chunk of a document with no known translations. */
    public Chunk(String source, String title, String section, String url, String language, String text) {
        this(source, title, section, url, language, text, null);
    }

    /** The text the embedding model sees: "title — section: text". */
    public String embeddingText() {
        return section.isEmpty() ? title + ": " + text : title + " — " + section + ": " + text;
    }
}
