package org.osee.connectors.email;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds an {@link EmailConfig} from flat configuration keys ({@code email.imap.host}...) as read from the YAML file,
 * each overridable by an environment variable: {@code OSEE_} plus the key in upper case with dots and dashes turned
 * into underscores ({@code email.imap.password} becomes {@code OSEE_EMAIL_IMAP_PASSWORD}). The keys are listed in
 * {@code docs/email.md}.
 */
public final class EmailSettings {
    private final Function<String, String> lookup;

    private EmailSettings(Map<String, String> keys, Map<String, String> env) {
        this.lookup = key -> {
            String fromEnv = env.get(envName(key));
            return fromEnv != null && !fromEnv.isBlank() ? fromEnv : keys.get(key);
        };
    }

    /**
     * The email configuration, or empty when {@code email.address} is set neither in {@code keys} nor in the
     * environment (no email connector).
     *
     * @throws IllegalArgumentException naming the key when a value is missing or invalid
     */
    public static Optional<EmailConfig> from(Map<String, String> keys, Map<String, String> env) {
        EmailSettings settings = new EmailSettings(Map.copyOf(keys), Map.copyOf(env));
        return settings.text("email.address").map(address -> settings.build(address));
    }

    /** The environment variable that overrides {@code key}. */
    public static String envName(String key) {
        return "OSEE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private EmailConfig build(String address) {
        ImapConfig imap = new ImapConfig(required("email.imap.host"), port("email.imap.port"),
                security("email.imap.security"), auth("email.imap"), text("email.imap.folder").orElse(null),
                text("email.imap.sent-folder").orElse(null), bool("email.imap.append-sent", false),
                duration("email.imap.poll-interval", Duration.ofSeconds(60)), bool("email.imap.idle", true));
        SmtpConfig smtp = new SmtpConfig(required("email.smtp.host"), port("email.smtp.port"),
                security("email.smtp.security"), auth("email.smtp"));
        EmailLimits defaults = EmailLimits.defaults();
        EmailLimits limits = new EmailLimits(
                integer("email.limits.max-per-sender-per-hour", defaults.maxPerSenderPerHour()),
                integer("email.limits.max-message-bytes", (int) defaults.maxMessageBytes()),
                integer("email.limits.max-text-chars", defaults.maxTextChars()),
                integer("email.limits.max-parts", defaults.maxParts()),
                integer("email.limits.max-depth", defaults.maxDepth()),
                duration("email.limits.reconnect-initial", defaults.reconnectInitial()),
                duration("email.limits.reconnect-max", defaults.reconnectMax()),
                duration("email.limits.idle-refresh", defaults.idleRefresh()));
        return new EmailConfig(address, text("email.display-name").orElse(null), imap, smtp, limits);
    }

    private MailAuth auth(String prefix) {
        return new MailAuth(text(prefix + ".username").orElse(""), lookup.apply(prefix + ".password"),
                text(prefix + ".oauth2-token").orElse(""),
                text(prefix + ".oauth2-token-file").map(Path::of).orElse(null));
    }

    private Optional<String> text(String key) {
        String value = lookup.apply(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private String required(String key) {
        return text(key).orElseThrow(() -> new IllegalArgumentException(key + " is required (or " + envName(key) + ")"));
    }

    private MailSecurity security(String key) {
        return MailSecurity.parse(required(key));
    }

    private int port(String key) {
        return integer(key, -1);
    }

    private int integer(String key, int fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty() && fallback < 0) {
            throw new IllegalArgumentException(key + " is required (or " + envName(key) + ")");
        }
        try {
            return value.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + value.get() + "'", e);
        }
    }

    private boolean bool(String key, boolean fallback) {
        Optional<String> value = text(key).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isPresent() && !value.get().matches("true|false")) {
            throw new IllegalArgumentException(key + " must be true or false, was '" + value.get() + "'");
        }
        return value.map(Boolean::parseBoolean).orElse(fallback);
    }

    /** Accepts {@code 90} (seconds), {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601 ({@code PT1M}). */
    static Duration parseDuration(String key, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            }
            long amount = Long.parseLong(v.replaceAll("[smh]$", "").strip());
            return v.endsWith("h") ? Duration.ofHours(amount) : v.endsWith("m") ? Duration.ofMinutes(amount)
                    : Duration.ofSeconds(amount);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be a duration such as 30s, 5m or PT1M, was '" + value + "'", e);
        }
    }

    private Duration duration(String key, Duration fallback) {
        return text(key).map(v -> parseDuration(key, v)).orElse(fallback);
    }
}
