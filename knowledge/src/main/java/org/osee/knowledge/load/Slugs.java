package org.osee.knowledge.load;

import java.text.Normalizer;
import java.util.Locale;

/** Heading anchors the way common static site generators make them ("Why Open Source?" → "why-open-source"). */
public final class Slugs {
    private Slugs() {
    }

    public static String slug(String heading) {
        String lower = Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.append(c);
            } else if (Character.isWhitespace(c)) {
                out.append('-');
            }
        }
        return out.toString();
    }
}
