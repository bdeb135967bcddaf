package org.osee.knowledge.load;

import java.util.List;
import java.util.Objects;

/**
 * A run of text under one heading path.
 *
 * @param headings the heading path, outermost first; empty for text before the first heading
 * @param anchor   the fragment identifier of the innermost heading, or {@code null}
 * @param text     plain text, paragraphs separated by blank lines
 * @param url      a link to exactly this section (e.g. a transcript moment), or {@code null} to derive one
 */
public record Section(List<String> headings, String anchor, String text, String url) {
    public Section {
        headings = List.copyOf(headings);
        Objects.requireNonNull(text, "text");
    }

    /** The heading path joined for display: "H1 > H2 > H3". */
    public String path() {
        return String.join(" > ", headings);
    }
}
