package org.osee.bot.domain;

import java.util.Objects;

/**
 * One passage the assistant retrieved for a reply, kept with the reply so staff can see what it rested on.
 *
 * @param source  the document's path in the knowledge base
 * @param title   the document's title, may be empty
 * @param section the heading path inside the document, may be empty
 * @param score   the retrieval score, 0..1
 * @param excerpt the passage's first {@value #EXCERPT_CHARS} characters
 */
public record RetrievedPassage(String source, String title, String section, double score, String excerpt) {
    /** How much of a passage's text is kept. */
    public static final int EXCERPT_CHARS = 300;
    /** How many passages are kept per reply, best first. */
    public static final int MAX_KEPT = 8;

    public RetrievedPassage {
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        section = section == null ? "" : section;
        score = Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
        excerpt = excerpt == null ? "" : excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0, EXCERPT_CHARS)
                : excerpt;
    }
}
