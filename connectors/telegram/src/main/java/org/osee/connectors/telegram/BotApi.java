package org.osee.connectors.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.osee.bot.port.ChannelException;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The Bot API calls the connector makes, through telegrambots' OkHttp client, with the platform's errors translated
 * at this edge: 429 becomes a rate-limit with Telegram's {@code retry_after}, other 4xx are final, the rest retriable.
 * The token never appears in an exception message.
 */
final class BotApi implements AutoCloseable {
    /** Who the bot is. */
    record Identity(long id, String username) {
    }

    /** An inline button: its label and its callback data. */
    record Button(String label, String data) {
    }

    private final OkHttpClient http;
    private final OkHttpTelegramClient client;
    private final String token;

    BotApi(TelegramConfig config) {
        this.token = config.token();
        this.http = new OkHttpClient.Builder().connectTimeout(15, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS).build();
        this.client = new OkHttpTelegramClient(http, config.token(), url(config));
    }

    static TelegramUrl url(TelegramConfig config) {
        return new TelegramUrl(config.api().getScheme(), config.api().getHost(), config.api().getPort(), false);
    }

    Identity getMe() {
        User me = call(new GetMe(), "getMe");
        return new Identity(me.getId(), me.getUserName());
    }

    /** Sends one HTML message; returns Telegram's message id. */
    long send(String chatId, String html, Integer replyTo, Integer topic, List<Button> buttons) {
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(html)
                .parseMode("HTML").linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (replyTo != null) {
            message.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true)
                    .build());
        }
        if (topic != null) {
            message.messageThreadId(topic);
        }
        if (!buttons.isEmpty()) {
            List<InlineKeyboardRow> rows = new ArrayList<>();
            rows.add(new InlineKeyboardRow(buttons.subList(0, Math.min(2, buttons.size())).stream()
                    .map(BotApi::button).toList()));
            if (buttons.size() > 2) {
                rows.add(new InlineKeyboardRow(buttons.subList(2, buttons.size()).stream().map(BotApi::button)
                        .toList()));
            }
            message.replyMarkup(new InlineKeyboardMarkup(rows));
        }
        return call(message.build(), "sendMessage").getMessageId();
    }

    private static InlineKeyboardButton button(Button b) {
        return InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build();
    }

    void typing(String chatId, Integer topic) {
        call(SendChatAction.builder().chatId(chatId).action("typing").messageThreadId(topic).build(),
                "sendChatAction");
    }

    /** The command menu for {@code language} ("" for the default). */
    void setCommands(String language, Map<String, String> commands) {
        List<BotCommand> list = commands.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new BotCommand(e.getKey(), e.getValue())).toList();
        SetMyCommands.SetMyCommandsBuilder<?, ?> set = SetMyCommands.builder().commands(list);
        if (!language.isEmpty()) {
            set.languageCode(language);
        }
        call(set.build(), "setMyCommands");
    }

    void answerCallback(String queryId, String text) {
        call(AnswerCallbackQuery.builder().callbackQueryId(queryId).text(text).build(), "answerCallbackQuery");
    }

    void setWebhook(String url, String secret) {
        try {
            client.execute(SetWebhook.builder().url(url).secretToken(secret)
                    .allowedUpdates(List.of("message", "edited_message", "callback_query")).build());
        } catch (TelegramApiException e) {
            throw translate(e, "setWebhook");
        }
    }

    void deleteWebhook() {
        call(new DeleteWebhook(), "deleteWebhook");
    }

    private <T extends java.io.Serializable> T call(BotApiMethod<T> method, String name) {
        try {
            return client.execute(method);
        } catch (TelegramApiException e) {
            throw translate(e, name);
        }
    }

    private ChannelException translate(TelegramApiException e, String method) {
        String message = (method + " failed: " + e.getMessage()).replace(token, "<token>");
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() > 0) {
            int code = request.getErrorCode();
            if (code == 429) {
                Integer after = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
                return Limits.rateLimited(message, Duration.ofSeconds(after == null ? 1 : Math.max(1, after)));
            }
            return new ChannelException(message, code >= 500);
        }
        return new ChannelException(message, true);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
