package org.osee.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param versions the document's other-language versions (its translations, linked at ingest), never
 *                 {@code null}; empty when it has none
 * @param replaced the other-language version this passage stands in for: the retriever found that
 *                 version relevant and returned this one because it is in the asker's language
 *                 ({@link Retriever#retrieve(String, int, String)}); {@code null} when it replaced none
 */
public record Passage(String source, String title, String section, String url, String language,
                      String text, double score, List<Version> versions, Version replaced) {
    public Passage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        section = section == null ? "" : section;
        language = language == null ? "und" : language;
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** A passage of a document with no known translations. */
    public Passage(String source, String title, String section, String url, String language, String text,
                   double score) {
        this(source, title, section, url, language, text, score, List.of(), null);
    }

    /**
     * One language version of a document.
     *
     * @param source   its path relative to its ingested folder
     * @param title    its title
     * @param url      its own link, or {@code null}
     * @param language its ISO 639-1 code
     */
    public record Version(String source, String title, String url, String language) {
        public Version {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(language, "language");
            title = title == null ? "" : title;
        }
    }

    /** The version of this document in a language, when one was ingested (this passage's own excluded). */
    public Optional<Version> versionIn(String lang) {
        return versions.stream().filter(v -> v.language().equals(lang)).findFirst();
    }

    /** A copy with the score replaced. */
    public Passage withScore(double newScore) {
        return new Passage(source, title, section, url, language, text, newScore, versions, replaced);
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
