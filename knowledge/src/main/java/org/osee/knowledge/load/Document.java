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
 * @param translationKey what the document shares with its translations ({@link Translations}), or {@code null}
 *                 until {@link DocumentReader} derives it from the path
 */
public record Document(String source, String title, String url, String language, List<Section> sections,
                       String translationKey) {
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /** A document whose translation key is derived later from its path. */
    public Document(String source, String title, String url, String language, List<Section> sections) {
        this(source, title, url, language, sections, null);
    }

    public Document withLanguage(String lang) {
        return new Document(source, title, url, lang, sections, translationKey);
    }

    public Document withTranslationKey(String key) {
        return new Document(source, title, url, language, sections, key);
    }

    public Document withUrl(String link) {
        return new Document(source, title, link, language, sections, translationKey);
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
