package org.osee.connectors.discord;

import java.util.ArrayList;
import java.util.List;
import org.osee.bot.domain.Citation;

/**
 * Turns a reply into Discord messages: at most 2,000 characters each, split on paragraph boundaries (then lines,
 * then words), sources as numbered links at the end, and nothing that could ping anybody even if allowed mentions
 * were ignored ({@code @everyone}, {@code @here} and mention syntax are defused).
 */
final class ReplyFormatter {
    static final int LIMIT = 2000;
    private static final String ZWSP = "\u200B";

    private ReplyFormatter() {}

    /** The messages to send, in order; never empty, each within {@link #LIMIT}. */
    static List<String> format(String text, List<Citation> citations) {
        String body = defuse(text.strip());
        String sources = sources(citations);
        String whole = sources.isEmpty() ? body : body + "\n\n" + sources;
        List<String> out = split(whole, LIMIT);
        return out.isEmpty() ? List.of("\u2026") : out;
    }

    /** Numbered links, one per line, with embeds suppressed ({@code <url>}). */
    static String sources(List<Citation> citations) {
        if (citations.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("**Sources**");
        int n = 1;
        for (Citation c : citations) {
            String label = defuse(c.label()).replace("[", "(").replace("]", ")");
            out.append('\n').append('[').append(n++).append("] ");
            if (c.url() != null && c.url().matches("https?://\\S+")) {
                out.append('[').append(label).append("](<").append(c.url()).append(">)");
            } else {
                out.append(label);
            }
        }
        return out.toString();
    }

    /** Makes {@code @everyone}, {@code @here} and {@code <@id>}/{@code <@&id>} inert. */
    static String defuse(String text) {
        return text.replace("@everyone", "@" + ZWSP + "everyone").replace("@here", "@" + ZWSP + "here")
                .replace("<@", "<" + ZWSP + "@");
    }

    /** Splits on blank lines, then on line breaks, then on spaces, then anywhere, into pieces of at most {@code max}. */
    static List<String> split(String text, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            for (String piece : fit(paragraph, max)) {
                if (current.length() > 0 && current.length() + 2 + piece.length() > max) {
                    out.add(current.toString().strip());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append("\n\n");
                }
                current.append(piece);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /** A paragraph as pieces of at most {@code max} characters, cut at line breaks, spaces, or hard. */
    private static List<String> fit(String paragraph, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = paragraph;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut < max / 2) {
                cut = Character.isLowSurrogate(rest.charAt(max)) ? max - 1 : max;
            }
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isBlank()) {
            pieces.add(rest);
        }
        return pieces;
    }
}
