package org.osee.connectors.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.OutboundMessage;

/**
 * Turns an outbound message into Telegram messages in HTML parse mode: everything from people and documents escaped,
 * sources as numbered links, at most {@value #LIMIT} characters (after parsing) per message, split on paragraph
 * boundaries, then lines, sentences and words.
 */
final class ReplyFormatter {
    static final int LIMIT = 4096;
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?…。])\\s+");

    /** One Telegram message: its HTML and whether the feedback keyboard goes under it. */
    record Part(String html, boolean keyboard) {
    }

    /** A piece of text as HTML with its length once Telegram has parsed it. */
    private record Chunk(String html, int length) {
        static Chunk plain(String text) {
            return new Chunk(escape(text), text.length());
        }
    }

    private ReplyFormatter() {
    }

    static List<Part> format(OutboundMessage message) {
        TelegramTexts texts = TelegramTexts.of(message.language());
        List<Chunk> chunks = new ArrayList<>();
        for (String paragraph : PARAGRAPHS.split(text(message, texts).strip())) {
            if (!paragraph.isBlank()) {
                split(paragraph.strip(), chunks);
            }
        }
        if (!message.citations().isEmpty()) {
            chunks.add(new Chunk("<b>" + escape(texts.sources()) + "</b>", texts.sources().length()));
            for (int i = 0; i < message.citations().size(); i++) {
                chunks.add(source(i + 1, message.citations().get(i)));
            }
        }
        List<String> html = pack(chunks, message.citations().isEmpty() ? 0 : message.citations().size() + 1);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < html.size(); i++) {
            parts.add(new Part(html.get(i), i == html.size() - 1 && wantsFeedback(message)));
        }
        return parts;
    }

    /** The text to send: the assistant's, or the connector's own for /start, messages without text and floods. */
    static String text(OutboundMessage message, TelegramTexts texts) {
        if (message.author() != Author.BOT || message.decision() == Decision.ESCALATE) {
            return message.text();
        }
        Map<String, String> meta = message.replyMetadata();
        if ("flood".equals(meta.get(UpdateMapper.NOTICE))) {
            return texts.flood();
        }
        if ("none".equals(meta.get(UpdateMapper.CONTENT))) {
            return texts.askForText();
        }
        if ("start".equals(meta.get(UpdateMapper.COMMAND))) {
            return texts.welcome();
        }
        return message.text();
    }

    static boolean wantsFeedback(OutboundMessage message) {
        return message.author() == Author.BOT && message.decision() == Decision.ANSWER
                && !message.citations().isEmpty();
    }

    private static Chunk source(int n, Citation c) {
        String label = c.label();
        String prefix = n + ". ";
        String url = c.url() == null ? "" : c.url().strip();
        if (url.matches("(?i)https?://[^\\s<>\"]+")) {
            return new Chunk(prefix + "<a href=\"" + escape(url) + "\">" + escape(label) + "</a>",
                    prefix.length() + label.length());
        }
        return Chunk.plain(prefix + label);
    }

    /** Adds {@code text} as chunks of at most LIMIT characters, cut at lines, then sentences, then words. */
    private static void split(String text, List<Chunk> out) {
        if (text.length() <= LIMIT) {
            out.add(Chunk.plain(text));
            return;
        }
        for (Pattern separator : List.of(Pattern.compile("\\n"), SENTENCES, Pattern.compile("\\s+"))) {
            String[] pieces = separator.split(text);
            if (pieces.length > 1) {
                StringBuilder current = new StringBuilder();
                for (String piece : pieces) {
                    if (current.length() > 0 && current.length() + 1 + piece.length() > LIMIT) {
                        split(current.toString(), out);
                        current.setLength(0);
                    }
                    current.append(current.length() > 0 ? " " : "").append(piece);
                }
                split(current.toString(), out);
                return;
            }
        }
        int cut = LIMIT;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        out.add(Chunk.plain(text.substring(0, cut)));
        split(text.substring(cut), out);
    }

    /** Packs chunks into messages; the last {@code sourceLines} chunks are joined by single line breaks. */
    private static List<String> pack(List<Chunk> chunks, int sourceLines) {
        List<String> parts = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        int length = 0;
        int firstSource = chunks.size() - sourceLines;
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            String glue = i > firstSource ? "\n" : "\n\n";
            if (length > 0 && length + glue.length() + chunk.length() > LIMIT) {
                parts.add(html.toString());
                html.setLength(0);
                length = 0;
            }
            if (length > 0) {
                html.append(glue);
                length += glue.length();
            }
            html.append(chunk.html());
            length += chunk.length();
        }
        if (length > 0) {
            parts.add(html.toString());
        }
        return parts;
    }

    /** Escapes text for Telegram's HTML parse mode (and for attribute values). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
