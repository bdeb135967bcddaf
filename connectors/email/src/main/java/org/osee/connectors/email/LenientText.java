package org.osee.connectors.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns bytes of a declared charset into text without ever failing: unknown or lying charsets fall back. */
final class LenientText {
    private LenientText() {
    }

    /** Reads at most {@code maxBytes} from {@code in}. */
    static byte[] readCapped(InputStream in, int maxBytes) throws IOException {
        try (in) {
            return in.readNBytes(maxBytes);
        }
    }

    /**
     * Decodes {@code bytes} in the declared charset when it is known; otherwise as UTF-8 when they are valid UTF-8,
     * else as ISO-8859-1 (which maps every byte).
     */
    static String decode(byte[] bytes, String declaredCharset) {
        Charset charset = charsetOrNull(declaredCharset);
        if (charset != null) {
            return new String(bytes, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Decodes the RFC 2047 encoded-words of a header value, never failing: a word in an unknown charset is decoded
     * like a body in one ({@link #decode}), a malformed word is kept as it is. Line breaks and tabs become spaces.
     */
    static String header(String raw) {
        if (raw == null) {
            return "";
        }
        String decoded;
        try {
            decoded = jakarta.mail.internet.MimeUtility.decodeText(raw);
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            decoded = encodedWords(raw);
        }
        return decoded.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** Decodes each =?charset?B|Q?text?= word by hand; whitespace between two words is dropped. */
    private static String encodedWords(String raw) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = ENCODED_WORD.matcher(raw);
        int last = 0;
        boolean previousWasWord = false;
        while (m.find()) {
            String between = raw.substring(last, m.start());
            if (!(previousWasWord && between.isBlank())) {
                out.append(between);
            }
            out.append(word(m.group(1), m.group(2), m.group(3), m.group()));
            last = m.end();
            previousWasWord = true;
        }
        return out.append(raw.substring(last)).toString();
    }

    private static final java.util.regex.Pattern ENCODED_WORD =
            java.util.regex.Pattern.compile("=\\?([^?\\s]{1,64})\\?([BbQq])\\?([^?\\s]{0,1000})\\?=");

    private static String word(String charset, String encoding, String text, String original) {
        try {
            byte[] bytes;
            if (encoding.equalsIgnoreCase("B")) {
                bytes = java.util.Base64.getMimeDecoder().decode(text);
            } else {
                java.io.ByteArrayOutputStream q = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '_') {
                        q.write(' ');
                    } else if (c == '=' && i + 2 < text.length()) {
                        q.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else {
                        q.write(c);
                    }
                }
                bytes = q.toByteArray();
            }
            String language = charset.indexOf('*') >= 0 ? charset.substring(0, charset.indexOf('*')) : charset;
            return decode(bytes, language);
        } catch (IllegalArgumentException e) {
            return original;
        }
    }

    /** The Java charset for a MIME charset name, or {@code null} when the name is missing, invalid or unsupported. */
    static Charset charsetOrNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String cleaned = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (cleaned.equals("us-ascii") || cleaned.equals("ascii")) {
            return StandardCharsets.UTF_8; // a superset; senders often mislabel UTF-8 as ASCII
        }
        try {
            return Charset.forName(jakarta.mail.internet.MimeUtility.javaCharset(cleaned));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
