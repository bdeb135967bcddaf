package org.osee.connectors.discord;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The {@code discord} section of the configuration. Only {@code token} is required; the URLs let a local stand-in
 * or a proxy take Discord's place.
 *
 * @param token          the bot token (in production from {@code OSEE_DISCORD_TOKEN}, never in the file)
 * @param apiUrl         REST base, default Discord's own {@code /api/v10/}
 * @param gatewayUrl     gateway websocket; empty: the one Discord names
 * @param guilds         ids of the servers it answers in; empty: every server it is in
 * @param channels       ids of the channels where mentions are answered; empty: every channel it can read
 * @param staffChannel   id of the channel where escalations are announced; empty: not announced
 * @param replyMode      {@code thread} (default: answers in a thread started from the question) or {@code reply}
 *                       (a plain reply referring to the question)
 * @param consoleUrl     the staff console's address, for links in escalation notices
 * @param messageContent whether the privileged message-content intent is granted in the developer portal; with it,
 *                       follow-ups in the bot's threads are read without a mention (default false)
 * @param floodLimit     messages one person may send per minute before being told to slow down (default 10)
 * @param catchUp        how far back the catch-up after a restart or an outage reads each channel (default 24h)
 * @param catchUpLimit   at most this many messages per channel in a catch-up (default 100)
 */
public record DiscordConfig(String token, String apiUrl, String gatewayUrl, List<String> guilds, List<String> channels,
                            String staffChannel, String replyMode, String consoleUrl, Boolean messageContent,
                            Integer floodLimit, Duration catchUp, Integer catchUpLimit) {
    public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";

    public DiscordConfig {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("discord.token is required (set OSEE_DISCORD_TOKEN)");
        }
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : (apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        requireUrl("discord.api-url", apiUrl, "http", "https");
        gatewayUrl = gatewayUrl == null ? "" : gatewayUrl.strip();
        if (!gatewayUrl.isEmpty()) {
            requireUrl("discord.gateway-url", gatewayUrl, "ws", "wss");
        }
        guilds = ids("discord.guilds", guilds);
        channels = ids("discord.channels", channels);
        staffChannel = staffChannel == null ? "" : staffChannel.strip();
        if (!staffChannel.isEmpty()) {
            ids("discord.staff-channel", List.of(staffChannel));
        }
        replyMode = replyMode == null || replyMode.isBlank() ? "thread" : replyMode.strip().toLowerCase(Locale.ROOT);
        if (!replyMode.equals("thread") && !replyMode.equals("reply")) {
            throw new IllegalArgumentException("discord.reply-mode must be thread or reply, was " + replyMode);
        }
        consoleUrl = consoleUrl == null || consoleUrl.isBlank() ? "http://localhost:8080/console" : consoleUrl.strip();
        messageContent = messageContent != null && messageContent;
        floodLimit = floodLimit == null ? 10 : floodLimit;
        if (floodLimit < 1) {
            throw new IllegalArgumentException("discord.flood-limit must be at least 1, was " + floodLimit);
        }
        catchUp = catchUp == null ? Duration.ofHours(24) : catchUp;
        catchUpLimit = catchUpLimit == null ? 100 : catchUpLimit;
        if (catchUp.isNegative() || catchUpLimit < 0 || catchUpLimit > 1000) {
            throw new IllegalArgumentException("discord.catch-up must be positive and discord.catch-up-limit 0..1000, were "
                    + catchUp + " and " + catchUpLimit);
        }
    }

    /** A configuration with the defaults for everything but the token and the two URLs. */
    public static DiscordConfig of(String token, String apiUrl, String gatewayUrl) {
        return new DiscordConfig(token, apiUrl, gatewayUrl, null, null, null, null, null, null, null, null, null);
    }

    public boolean threads() {
        return replyMode.equals("thread");
    }

    public DiscordConfig withChannels(List<String> guilds, List<String> channels, String staffChannel) {
        return new DiscordConfig(token, apiUrl, gatewayUrl, guilds, channels, staffChannel, replyMode, consoleUrl,
                messageContent, floodLimit, catchUp, catchUpLimit);
    }

    public DiscordConfig withReplyMode(String mode) {
        return new DiscordConfig(token, apiUrl, gatewayUrl, guilds, channels, staffChannel, mode, consoleUrl,
                messageContent, floodLimit, catchUp, catchUpLimit);
    }

    public DiscordConfig withFloodLimit(int limit) {
        return new DiscordConfig(token, apiUrl, gatewayUrl, guilds, channels, staffChannel, replyMode, consoleUrl,
                messageContent, limit, catchUp, catchUpLimit);
    }

    /** The token never appears in logs or error messages. */
    @Override
    public String toString() {
        return "DiscordConfig[apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", guilds=" + guilds + ", channels="
                + channels + ", staffChannel=" + staffChannel + ", replyMode=" + replyMode + "]";
    }

    private static void requireUrl(String key, String value, String... schemes) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " is not a URL: " + value, e);
        }
        if (uri.getScheme() == null || !List.of(schemes).contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(key + " must be a " + String.join(" or ", schemes) + " URL, was " + value);
        }
    }

    private static List<String> ids(String key, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (String v : values) {
            if (v == null || !v.strip().matches("\\d{1,20}")) {
                throw new IllegalArgumentException(key + " must hold Discord ids (digits), found " + v);
            }
        }
        return values.stream().map(String::strip).toList();
    }
}
