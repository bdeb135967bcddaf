package org.osee.connectors.telegram;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link TelegramConfig} from flat configuration keys ({@code telegram.token}, {@code telegram.api-url},
 * {@code telegram.mode}, {@code telegram.webhook.url}, {@code telegram.webhook.secret}), each overridable by the
 * environment: {@code OSEE_} plus the key upper-cased, dots and dashes as underscores ({@code OSEE_TELEGRAM_TOKEN}).
 */
public final class TelegramSettings {
    static final String[] KEYS = {"telegram.token", "telegram.api-url", "telegram.mode", "telegram.webhook.url",
        "telegram.webhook.secret"};

    private TelegramSettings() {
    }

    /**
     * The configuration, or empty when no token is set in {@code keys} nor in the environment (no Telegram connector).
     *
     * @throws IllegalArgumentException naming the key when a value is invalid or unknown
     */
    public static Optional<TelegramConfig> from(Map<String, String> keys, Map<String, String> env) {
        for (String key : keys.keySet()) {
            if (key.startsWith("telegram.") && !java.util.Arrays.asList(KEYS).contains(key)) {
                throw new IllegalArgumentException("unknown configuration key " + key + "; known: "
                        + String.join(", ", KEYS));
            }
        }
        Optional<String> token = value("telegram.token", keys, env);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TelegramConfig(token.get(),
                value("telegram.api-url", keys, env).map(u -> uri("telegram.api-url", u)).orElse(null),
                value("telegram.mode", keys, env).map(TelegramConfig.Mode::parse).orElse(null),
                value("telegram.webhook.url", keys, env).map(u -> uri("telegram.webhook.url", u)).orElse(null),
                value("telegram.webhook.secret", keys, env).orElse(null)));
    }

    /** The environment variable that overrides {@code key}. */
    public static String envName(String key) {
        return "OSEE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Optional<String> value(String key, Map<String, String> keys, Map<String, String> env) {
        String fromEnv = env.get(envName(key));
        String v = fromEnv != null && !fromEnv.isBlank() ? fromEnv : keys.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static URI uri(String key, String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " is not a URL: '" + value + "'", e);
        }
    }
}
