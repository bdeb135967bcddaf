package org.osee.bot.domain;

import java.util.Objects;

/** A source a reply relies on: the document, the section, and a link when there is one. */
public record Citation(String source, String title, String section, String url) {
    public Citation {
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        section = section == null ? "" : section;
    }

    /**
     * How a channel names the source: "Title — Section", the title once (the source path when there is no title),
     * the section left out when it is blank or only repeats the title.
     */
    public String label() {
        String name = title.isBlank() ? source : title.strip();
        String part = section.strip();
        if (part.startsWith(name + " > ")) {
            part = part.substring(name.length() + 3);
        }
        return part.isEmpty() || part.equals(name) ? name : name + " \u2014 " + part;
    }
}
