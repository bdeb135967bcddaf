package org.osee.bot.domain;

import java.util.Objects;

/** A source a reply relies on: the document, the section, and a link when there is one. */
public record Citation(String source, String title, String section, String url) {
    public Citation {
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        section = section == null ? "" : section;
    }
}
