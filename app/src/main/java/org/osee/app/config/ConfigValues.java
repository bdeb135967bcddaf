package org.osee.app.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one place where configuration text becomes durations and enum constants, and back. Durations read as
 * {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, a bare number of seconds, or ISO-8601 ({@code PT1M}); enum
 * constants as their names in any case with {@code -} for {@code _} ({@code anonymise-and-remove-text}).
 */
public final class ConfigValues {
    private ConfigValues() {}

    /** Parses a duration; the message of the exception says what is accepted and repeats the value. */
    public static Duration duration(String text) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            }
            long amount = Long.parseLong(v.replaceAll("[smhd]$", "").strip());
            return switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
                case 'd' -> Duration.ofDays(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a duration such as 30s, 5m, 1h or PT1M, was '" + text + "'");
        }
    }

    /** A duration as it is best written in the file: {@code 30s}, {@code 5m}, {@code 1h}, {@code 250ms}. */
    public static String text(Duration duration) {
        long ms = duration.toMillis();
        if (ms != 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** Parses an enum constant from its name in any case, dashes for underscores. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        String name = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("must be one of " + choices(type) + "; was '" + text + "'");
    }

    /** An enum constant as written in the file: lower case, dashes. */
    public static String text(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String choices(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> text((Enum<?>) c)).collect(Collectors.joining(", "));
    }
}
