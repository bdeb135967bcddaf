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
     * the section left out when it is blank or only repeats the title, a heading of more than
     * {@value #MAX_HEADING_CHARS} characters (a sentence used as a heading) cut at a word with "…".
     */
    public String label() {
        String name = title.isBlank() ? source : title.strip();
        String part = section.strip();
        if (part.startsWith(name + " > ")) {
            part = part.substring(name.length() + 3);
        }
        if (part.isEmpty() || part.equals(name)) {
            return name;
        }
        StringBuilder path = new StringBuilder();
        for (String heading : part.split(" > ")) {
            path.append(path.isEmpty() ? "" : " > ").append(shortened(heading.strip()));
        }
        return name + " \u2014 " + path;
    }

    /** Headings longer than this (a sentence used as a heading) are cut at a word and end with "…" in a label. */
    static final int MAX_HEADING_CHARS = 60;

    private static String shortened(String heading) {
        if (heading.length() <= MAX_HEADING_CHARS) {
            return heading;
        }
        int cut = heading.lastIndexOf(' ', MAX_HEADING_CHARS);
        String kept = heading.substring(0, cut > MAX_HEADING_CHARS / 2 ? cut : MAX_HEADING_CHARS);
        return kept.replaceAll("[\\s,;:.\u2014-]+$", "") + "\u2026";
    }
}
