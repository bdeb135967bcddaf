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

    /**
     * The fragment identifier of this passage's section in the server's rendering of the document
     * ({@link IndexedDocument.Part#anchor()}): the slug of the innermost heading; {@code null} when
     * the passage has no section.
     */
    public String anchor() {
        return anchorOf(section);
    }

    /** The anchor of a heading path "A > B > C": the slug of "C", or {@code null} for an empty path. */
    public static String anchorOf(String sectionPath) {
        String heading = innermostHeading(sectionPath);
        String slug = heading == null ? "" : org.osee.knowledge.load.Slugs.slug(heading);
        return slug.isEmpty() ? null : slug;
    }

    /** The last heading of a heading path "A > B > C", "C"; {@code null} for an empty path. */
    public static String innermostHeading(String sectionPath) {
        if (sectionPath == null || sectionPath.isBlank()) {
            return null;
        }
        int cut = sectionPath.lastIndexOf(" > ");
        return (cut < 0 ? sectionPath : sectionPath.substring(cut + 3)).strip();
    }

    /**
     * The heading path without a first heading that repeats the document's title (the usual H1), so
     * that a citation shows the title and the section once: "Licences > Choosing" under the title
     * "Licences" becomes "Choosing", and a section that is only the title becomes empty.
     */
    public static String sectionUnder(String title, String section) {
        if (section == null || title == null || title.isBlank()) {
            return section;
        }
        if (section.strip().equalsIgnoreCase(title.strip())) {
            return "";
        }
        String prefix = title.strip() + " > ";
        return section.regionMatches(true, 0, prefix, 0, prefix.length()) ? section.substring(prefix.length()) : section;
    }

    /** A copy with the link replaced (a server's link for documents that have none of their own). */
    public Passage withUrl(String link) {
        return new Passage(source, title, section, link, language, text, score, versions, replaced);
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
