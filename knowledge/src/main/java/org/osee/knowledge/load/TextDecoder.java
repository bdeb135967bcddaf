package org.osee.knowledge.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.osee.knowledge.BadInputException;

/**
 * Decodes text files. Invalid UTF-8 is decoded leniently (bad bytes become U+FFFD) so that one
 * stray byte does not lose a document; but when more than {@value #MAX_BAD_SHARE_PERCENT}% of the
 * characters are replacements the file is not UTF-8 text at all and is rejected.
 */
public final class TextDecoder {
    static final int MAX_BAD_SHARE_PERCENT = 5;

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        String text = strict(bytes);
        if (text == null) {
            text = new String(bytes, StandardCharsets.UTF_8);
            long bad = text.chars().filter(c -> c == '\uFFFD').count();
            if (bad * 100 > (long) text.length() * MAX_BAD_SHARE_PERCENT) {
                throw new BadInputException("not UTF-8 text (" + bad + " invalid byte sequences)");
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** True when the content holds a NUL byte in its first 8 KB, the usual mark of a binary file. */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strict(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
