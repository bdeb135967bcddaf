package org.osee.connectors.telegram;

import java.net.URI;
import java.util.Locale;

/**
 * The {@code telegram:} section of the configuration, key for key (kebab-case in the file), free of framework
 * annotations; every value can also come from the environment ({@code telegram.token} from
 * {@code OSEE_TELEGRAM_TOKEN}). The keys are described in {@code docs/telegram.md}.
 *
 * @param token         the bot token from BotFather ({@code telegram.token}); required
 * @param apiUrl        the Bot API base ({@code telegram.api-url}, default Telegram's); requests go to
 *                      {@code {api-url}/bot{token}/{method}}. Scheme, host and port only: the client library drops
 *                      any path
 * @param mode          how updates arrive ({@code telegram.mode}): {@code polling} (default) or {@code webhook} on the
 *                      app's HTTP server
 * @param webhookUrl    the public HTTPS address Telegram posts updates to ({@code telegram.webhook-url}); its path is
 *                      where the app's HTTP server listens for them. Webhook mode only
 * @param webhookSecret the secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
 *                      ({@code telegram.webhook-secret}): 1 to 256 of {@code A-Z a-z 0-9 _ -}. Webhook mode only
 */
public record TelegramConfig(String token, String apiUrl, Mode mode, String webhookUrl, String webhookSecret) {
    /** Telegram's own Bot API. */
    public static final String DEFAULT_API = "https://api.telegram.org:443";

    /** How updates reach the bot. */
    public enum Mode {
        POLLING, WEBHOOK;

        public static Mode parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("telegram.mode must be polling or webhook, was '" + value + "'", e);
            }
        }
    }

    public TelegramConfig {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("telegram.token is required (the bot token from BotFather)");
        }
        token = token.strip();
        if (!token.matches("[0-9]{1,20}:[A-Za-z0-9_-]{1,100}")) {
            throw new IllegalArgumentException("telegram.token does not look like a bot token (digits:characters)");
        }
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API : withPort(uri(apiUrl, "telegram.api-url"));
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        mode = mode == null ? Mode.POLLING : mode;
        webhookSecret = webhookSecret == null ? "" : webhookSecret;
        if (mode == Mode.WEBHOOK) {
            if (webhookUrl == null || uri(webhookUrl, "telegram.webhook-url").getHost() == null) {
                throw new IllegalArgumentException("telegram.webhook-url is required in webhook mode");
            }
            if (!webhookSecret.matches("[A-Za-z0-9_-]{1,256}")) {
                throw new IllegalArgumentException("telegram.webhook-secret is required in webhook mode:"
                        + " 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
            }
        }
    }

    /** Polling against {@code apiUrl}. */
    public static TelegramConfig polling(String token, String apiUrl) {
        return new TelegramConfig(token, apiUrl, Mode.POLLING, null, null);
    }

    private static URI uri(String value, String key) {
        try {
            return URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " is not a URL: '" + value + "'", e);
        }
    }

    /** The Bot API base as a URI with an explicit port. */
    public URI api() {
        return URI.create(apiUrl);
    }

    private static String withPort(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("telegram.api-url must be an http or https URL, was '" + url + "'");
        }
        if (url.getPath() != null && !url.getPath().isEmpty() && !url.getPath().equals("/")) {
            throw new IllegalArgumentException("telegram.api-url cannot have a path (requests go to"
                    + " {api-url}/bot{token}/{method}), was '" + url + "'");
        }
        int port = url.getPort() > 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + url.getHost() + ":" + port;
    }

    /** The path of the webhook on the app's HTTP server (that of {@code webhookUrl}). */
    public String webhookPath() {
        String path = webhookUrl == null ? "" : URI.create(webhookUrl).getPath();
        return path == null || path.isEmpty() ? "/telegram/webhook" : path;
    }

    /** The bot's numeric id: the part of the token before the colon (not secret). */
    public String botId() {
        return token.substring(0, token.indexOf(':'));
    }

    @Override
    public String toString() {
        return "TelegramConfig[token=" + botId() + ":***, apiUrl=" + apiUrl + ", mode=" + mode + ", webhookUrl="
                + webhookUrl + ", webhookSecret=" + (webhookSecret.isEmpty() ? "" : "***") + "]";
    }
}
