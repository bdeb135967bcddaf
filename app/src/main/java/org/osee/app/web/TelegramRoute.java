package org.osee.app.web;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import org.osee.connectors.telegram.TelegramWebhook;

/** Mounts the Telegram webhook on the HTTP server at the path of {@code telegram.webhook-url}. */
public final class TelegramRoute {
    private TelegramRoute() {
    }

    public static void register(Javalin javalin, TelegramWebhook webhook) {
        javalin.post(webhook.path(), ctx -> {
            TelegramWebhook.Response response = webhook.handle(ctx.header(TelegramWebhook.SECRET_HEADER),
                    new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
            ctx.status(response.status()).contentType("text/plain; charset=utf-8").result(response.body());
        });
    }
}
