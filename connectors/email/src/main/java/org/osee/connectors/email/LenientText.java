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
