package org.osee.connectors.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.OutboundMessage;

/**
 * Writes the email for one outbound message: threaded on the question (In-Reply-To, References, "Re: " subject),
 * plain text readable on a phone with numbered sources and a footer in the reply's language, an escaped HTML
 * alternative without remote content, and the headers that keep other robots from answering it.
 */
final class MailComposer {
    static final String META_MESSAGE_ID = "email.message-id";
    static final String META_REFERENCES = "email.references";
    static final String META_SUBJECT = "email.subject";
    private static final int MAX_REFERENCES = 20;
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    private final String domain;

    MailComposer(String domain) {
        this.domain = domain;
    }

    ComposedReply compose(OutboundMessage out) {
        Map<String, String> meta = out.replyMetadata();
        String answered = meta.getOrDefault(META_MESSAGE_ID, "");
        ReplyTexts texts = ReplyTexts.of(out.language());
        String subject = Subjects.reply(meta.getOrDefault(META_SUBJECT, ""), texts.subject());
        String text = plainText(out, texts);
        return new ComposedReply(MessageIds.forReply(out.id(), out.threadKey(), domain), out.recipient(), subject,
                answered.isEmpty() ? out.threadKey() : answered, references(out.threadKey(), meta, answered), text,
                html(text), out.language(), headers(out.author()));
    }

    private static List<String> references(String threadKey, Map<String, String> meta, String answered) {
        List<String> ids = new ArrayList<>();
        ids.add(threadKey);
        for (String id : meta.getOrDefault(META_REFERENCES, "").split("\\s+")) {
            if (!id.isBlank() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        if (!answered.isEmpty() && !ids.contains(answered)) {
            ids.add(answered);
        }
        if (ids.size() > MAX_REFERENCES) {
            List<String> kept = new ArrayList<>(ids.subList(0, 1));
            kept.addAll(ids.subList(ids.size() - MAX_REFERENCES + 1, ids.size()));
            return kept;
        }
        return ids;
    }

    private static Map<String, String> headers(Author author) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (author != Author.STAFF) {
            headers.put("Auto-Submitted", "auto-replied");
        }
        headers.put("X-Auto-Response-Suppress", "All");
        return headers;
    }

    static String plainText(OutboundMessage out, ReplyTexts texts) {
        StringBuilder body = new StringBuilder(out.text().strip().replace("\r\n", "\n"));
        List<Citation> citations = out.citations();
        if (!citations.isEmpty()) {
            body.append("\n\n").append(texts.sources()).append(":\n");
            for (int i = 0; i < citations.size(); i++) {
                body.append('[').append(i + 1).append("] ").append(citationLine(citations.get(i))).append('\n');
            }
        }
        body.append("\n-- \n").append(out.author() == Author.STAFF ? texts.staffFooter() : texts.botFooter())
                .append('\n');
        return body.toString();
    }

    /** "Title — Section: URL", leaving out what is missing. */
    static String citationLine(Citation c) {
        String named = c.label();
        return c.url() == null || c.url().isBlank() ? named : named + ": " + c.url().strip();
    }

    /** The text as HTML: every character escaped, paragraphs kept, http(s) links made clickable, nothing remote. */
    static String html(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family:sans-serif;line-height:1.4\">");
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(linkify(paragraph).replace("\n", "<br>\n")).append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String linkify(String paragraph) {
        StringBuilder out = new StringBuilder();
        Matcher m = URL.matcher(paragraph);
        int last = 0;
        while (m.find()) {
            out.append(escape(paragraph.substring(last, m.start())));
            String url = escape(m.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = m.end();
        }
        return out.append(escape(paragraph.substring(last))).toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
