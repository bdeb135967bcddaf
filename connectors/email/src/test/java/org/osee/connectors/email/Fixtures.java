package org.osee.connectors.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Raw MIME fixtures: files under {@code src/test/resources/email} and hostile messages generated on the fly. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/email/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String headers(String from, String subject, String messageId) {
        return "From: " + from + "\r\nTo: opensource@gov.example\r\nSubject: " + subject + "\r\nMessage-ID: "
                + messageId + "\r\nMIME-Version: 1.0\r\n";
    }

    static byte[] plain(String from, String subject, String messageId, String extraHeaders, String body) {
        return (headers(from, subject, messageId) + extraHeaders
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A message of about {@code megabytes} MB of text. */
    static byte[] huge(int megabytes) {
        StringBuilder body = new StringBuilder(megabytes * 1024 * 1024 + 200);
        body.append("Is the EUPL compatible with the GPL?\r\n");
        String line = "x".repeat(76) + "\r\n";
        while (body.length() < megabytes * 1024 * 1024) {
            body.append(line);
        }
        return plain("big@city.example", "Huge", "<huge@city.example>", "", body.toString());
    }

    /** A multipart/mixed message with {@code parts} small text parts. */
    static byte[] manyParts(int parts) {
        StringBuilder b = new StringBuilder(headers("many@city.example", "Many parts", "<many@city.example>"));
        b.append("Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n");
        for (int i = 0; i < parts; i++) {
            b.append("--p\r\nContent-Type: text/plain; charset=utf-8\r\n\r\npart ").append(i).append("\r\n");
        }
        return b.append("--p--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Messages attached in messages {@code depth} levels deep, the question in the innermost one. */
    static byte[] nestedMessages(int depth) {
        String inner = "From: inner@city.example\r\nSubject: inner\r\nContent-Type: text/plain\r\n\r\nthe innermost text\r\n";
        for (int i = 0; i < depth; i++) {
            inner = "From: level" + i + "@city.example\r\nSubject: level " + i + "\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/mixed; boundary=\"n" + i + "\"\r\n\r\n--n" + i + "\r\n"
                    + "Content-Type: message/rfc822\r\n\r\n" + inner + "\r\n--n" + i + "--\r\n";
        }
        return inner.getBytes(StandardCharsets.UTF_8);
    }

    /** Multiparts nested {@code depth} levels deep with a text part at the bottom. */
    static byte[] nestedMultiparts(int depth) {
        StringBuilder open = new StringBuilder(headers("deep@city.example", "Deep", "<deep@city.example>"));
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            open.append("Content-Type: multipart/mixed; boundary=\"d").append(i).append("\"\r\n\r\n--d").append(i)
                    .append("\r\n");
            close.insert(0, "\r\n--d" + i + "--\r\n");
        }
        open.append("Content-Type: text/plain\r\n\r\ndeep text");
        return (open.toString() + close).getBytes(StandardCharsets.UTF_8);
    }
}
