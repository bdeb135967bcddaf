package org.osee.app.config;

import java.util.Locale;

/**
 * How long conversations are kept.
 *
 * @param days conversations older than this are removed or anonymised (default 365; 0 keeps them for ever)
 * @param mode delete, anonymise (personal data replaced, texts kept) or anonymise-and-remove-text (default anonymise)
 */
public record RetentionSettings(Integer days, String mode) {
    public RetentionSettings {
        days = days == null ? 365 : days;
        mode = mode == null ? "anonymise" : mode.strip().toLowerCase(Locale.ROOT);
        if (days < 0) {
            throw new IllegalArgumentException("retention.days must be 0 or more, was " + days);
        }
        if (!java.util.Set.of("delete", "anonymise", "anonymise-and-remove-text").contains(mode)) {
            throw new IllegalArgumentException(
                    "retention.mode must be delete, anonymise or anonymise-and-remove-text, was " + mode);
        }
    }

    public static RetentionSettings defaults() {
        return new RetentionSettings(null, null);
    }
}
