package org.osee.connectors.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The webhook end of the Telegram channel, for the app's HTTP server to mount at {@link #path()}: checks the
 * {@code X-Telegram-Bot-Api-Secret-Token} header, stores the update, and answers 200 only once it is stored (Telegram
 * sends it again otherwise). Repeated updates are answered 200 and stored once.
 */
public final class TelegramWebhook {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhook.class);
    /** The header Telegram puts the secret in. */
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What to answer: an HTTP status and a short plain-text body. */
    public record Response(int status, String body) {
    }

    private final TelegramChannel channel;
    private final byte[] secret;
    private final String path;

    TelegramWebhook(TelegramChannel channel, TelegramConfig config) {
        this.channel = channel;
        this.secret = config.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.path = config.webhookPath();
    }

    /** Where to mount it: the path of {@code telegram.webhook.url}. */
    public String path() {
        return path;
    }

    /** Handles one POST from Telegram. Never throws. */
    public Response handle(String secretHeader, String body) {
        byte[] given = secretHeader == null ? new byte[0] : secretHeader.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, secret)) {
            LOG.info("telegram: webhook request with a wrong secret token refused");
            return new Response(401, "wrong secret token");
        }
        Update update;
        try {
            update = JSON.readValue(body == null ? "" : body, Update.class);
        } catch (Exception e) {
            return new Response(400, "not an update");
        }
        UpdateIntake intake = channel.intake();
        if (intake == null) {
            return new Response(503, "starting"); // Telegram tries again
        }
        try {
            intake.take(update);
            return new Response(200, "ok");
        } catch (RuntimeException e) {
            LOG.warn("telegram: update {} not stored, Telegram will send it again: {}", update.getUpdateId(),
                    e.getMessage());
            return new Response(503, "not stored");
        }
    }
}
