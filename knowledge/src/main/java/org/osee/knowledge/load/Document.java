package org.osee.knowledge.load;

import java.util.List;
import java.util.Objects;

/**
 * A loaded document reduced to plain text sections.
 *
 * @param source   path relative to the ingested root, with {@code /} separators
 * @param title    the document's title, never blank
 * @param url      the document's public address, or {@code null} when unknown
 * @param language declared language code, or {@code null} when the file does not declare one
 * @param sections the document's sections in reading order
 */
public record Document(String source, String title, String url, String language, List<Section> sections) {
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    public Document withLanguage(String lang) {
        return new Document(source, title, url, lang, sections);
    }

    /** All the text, sections separated by blank lines. */
    public String fullText() {
        StringBuilder all = new StringBuilder();
        for (Section s : sections) {
            all.append(s.text()).append("\n\n");
        }
        return all.toString();
    }
}
