package org.osee.knowledge;

import java.util.Objects;

/**
 * One retrieved chunk of a document, with where it came from.
 *
 * @param source   the document's path relative to the folder that was ingested, with {@code /} separators
 * @param title    the document's title
 * @param section  the heading path of the chunk inside the document ("Licences > Choosing"), may be empty
 * @param url      a link to the document or the moment in a transcript, or {@code null} when unknown
 * @param language ISO 639-1 code of the chunk's text ("en", "fr", "es", "pt"...)
 * @param text     the chunk's full text
 * @param score    the fused retrieval score, in 0..1, higher is better; comparable across queries
 */
public record Passage(String source, String title, String section, String url, String language,
                      String text, double score) {
    public Passage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        section = section == null ? "" : section;
        language = language == null ? "und" : language;
    }

    /** A short extract of the text for display: the first {@code max} characters, cut at a word. */
    public String snippet(int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
