package org.osee.app.config;

import org.osee.bot.domain.RetentionMode;

/**
 * How long conversations are kept.
 *
 * @param days conversations older than this are removed or anonymised (default 365; 0 keeps them for ever)
 * @param mode delete, anonymise (personal data replaced, texts kept) or anonymise-and-remove-text (default anonymise)
 */
public record RetentionSettings(Integer days, RetentionMode mode) {
    public RetentionSettings {
        days = days == null ? 365 : days;
        mode = mode == null ? RetentionMode.ANONYMISE : mode;
        if (days < 0) {
            throw new IllegalArgumentException("retention.days must be 0 or more, was " + days);
        }
    }

    public static RetentionSettings defaults() {
        return new RetentionSettings(null, null);
    }
}
