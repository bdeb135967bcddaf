package org.osee.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A document as the index holds it, for showing it to people (the server's document pages).
 *
 * @param source   its path relative to its ingested folder
 * @param title    its title
 * @param url      its own link, or {@code null}
 * @param language its ISO 639-1 code or "und"
 * @param parts    its text in reading order, one part per section
 */
public record IndexedDocument(String source, String title, String url, String language, List<Part> parts) {
    public IndexedDocument {
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        parts = List.copyOf(parts);
    }

    /**
     * One section of the document.
     *
     * @param section its heading path, may be empty
     * @param anchor  the fragment identifier {@link Passage#anchor()} gives passages of this section, or {@code null}
     * @param text    its text
     */
    public record Part(String section, String anchor, String text) {
    }
}
