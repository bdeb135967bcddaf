package org.osee.connectors.email;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks the MIME tree of one message, bounded in parts, depth and text, and collects its readable text and its
 * attachments. In multipart/alternative it prefers text/plain and falls back to HTML; attached messages
 * (message/rfc822) are read only when the message itself has no text (a bare forward).
 */
final class MimeWalker {
    /** The text found (empty when none) and the attachments listed. */
    record Result(String text, List<ParsedMail.Attachment> attachments) {
    }

    private final EmailLimits limits;
    private final List<String> problems;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder forwarded = new StringBuilder();
    private final List<ParsedMail.Attachment> attachments = new ArrayList<>();
    private int parts;
    private boolean partsReported;
    private boolean depthReported;

    MimeWalker(EmailLimits limits, List<String> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    Result walk(Part root) {
        visit(root, 0, false);
        String found = text.toString().strip();
        if (found.isEmpty()) {
            found = forwarded.toString().strip();
        }
        return new Result(cap(found), attachments);
    }

    private void visit(Part part, int depth, boolean inForward) {
        if (++parts > limits.maxParts()) {
            report(!partsReported, "only the first " + limits.maxParts() + " MIME parts were read");
            partsReported = true;
            return;
        }
        if (depth > limits.maxDepth()) {
            report(!depthReported, "parts nested deeper than " + limits.maxDepth() + " levels were not read");
            depthReported = true;
            return;
        }
        try {
            dispatch(part, depth, inForward);
        } catch (Exception | StackOverflowError e) {
            problems.add("a part could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void dispatch(Part part, int depth, boolean inForward) throws Exception {
        String type = baseType(part);
        if (isAttachment(part, type)) {
            attachments.add(new ParsedMail.Attachment(fileName(part), type, part.getSize()));
        } else if (type.startsWith("multipart/")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                visitMultipart(multipart, type, depth, inForward);
            }
        } else if (type.equals("message/rfc822")) {
            attachments.add(new ParsedMail.Attachment(fileName(part), type, part.getSize()));
            if (part.getContent() instanceof Part inner) {
                visit(inner, depth + 1, true);
            }
        } else if (type.equals("text/plain") || type.equals("text/html")) {
            appendText(part, type, inForward);
        } else {
            attachments.add(new ParsedMail.Attachment(fileName(part), type, part.getSize()));
        }
    }

    private void visitMultipart(Multipart multipart, String type, int depth, boolean inForward) throws Exception {
        int count = Math.min(multipart.getCount(), limits.maxParts() + 1);
        if (type.equals("multipart/alternative")) {
            Part chosen = choose(multipart, count);
            if (chosen != null) {
                visit(chosen, depth + 1, inForward);
            }
            return;
        }
        for (int i = 0; i < count && parts <= limits.maxParts(); i++) {
            visit(multipart.getBodyPart(i), depth + 1, inForward);
        }
    }

    /** text/plain if there is one, else text/html, else the last richer alternative (a multipart/related). */
    private static Part choose(Multipart alternative, int count) throws Exception {
        Part html = null;
        Part other = null;
        for (int i = 0; i < count; i++) {
            Part p = alternative.getBodyPart(i);
            String t = baseType(p);
            if (t.equals("text/plain")) {
                return p;
            } else if (t.equals("text/html")) {
                html = p;
            } else if (t.startsWith("multipart/")) {
                other = p;
            }
        }
        return html != null ? html : other;
    }

    private void appendText(Part part, String type, boolean inForward) throws Exception {
        StringBuilder target = inForward ? forwarded : text;
        if (target.length() >= limits.maxTextChars()) {
            return;
        }
        byte[] bytes = LenientText.readCapped(part.getInputStream(), limits.maxTextChars() * 4);
        String decoded = LenientText.decode(bytes, charset(part));
        String readable = type.equals("text/html") ? HtmlText.toText(decoded, limits.maxTextChars()) : decoded;
        if (target.length() > 0) {
            target.append("\n\n");
        }
        target.append(readable.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static boolean isAttachment(Part part, String type) throws Exception {
        String disposition = part.getDisposition();
        boolean declared = disposition != null && disposition.equalsIgnoreCase(Part.ATTACHMENT);
        boolean named = !fileName(part).isEmpty() && !type.startsWith("multipart/");
        return declared || named;
    }

    static String baseType(Part part) {
        try {
            String raw = part.getContentType();
            return raw == null ? "text/plain" : new ContentType(raw).getBaseType().toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return "application/octet-stream";
        }
    }

    private static String charset(Part part) {
        try {
            return new ContentType(part.getContentType()).getParameter("charset");
        } catch (Exception e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? "" : LenientText.header(name);
        } catch (Exception e) {
            return "(unreadable name)";
        }
    }

    private String cap(String value) {
        if (value.length() <= limits.maxTextChars()) {
            return value;
        }
        problems.add("only the first " + limits.maxTextChars() + " characters were kept");
        return value.substring(0, limits.maxTextChars());
    }

    private void report(boolean first, String problem) {
        if (first) {
            problems.add(problem);
        }
    }
}
