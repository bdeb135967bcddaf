package org.osee.connectors.telegram;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osee.bot.domain.MessageKind;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what an update means for the assistant. In a private chat any text (or caption) is a question, a message
 * without text asks for a polite request for text, {@code /start}, {@code /help}, {@code /human} and {@code /ask} are
 * commands. In a group only what is addressed to the bot counts: its commands (also {@code /ask@BotName}), mentions
 * of it, and replies to its messages; everything else, and anything sent by a bot, is ignored. A press of one of the
 * bot's buttons becomes feedback or a request for a person; an edited question is asked again.
 */
final class UpdateMapper {
    static final String CHAT = "chat";
    static final String MESSAGE = "message";
    static final String TOPIC = "topic";
    static final String COMMAND = "command";
    static final String CONTENT = "content";
    static final String NOTICE = "notice";
    private static final List<String> COMMANDS = List.of("start", "help", "human", "ask");

    /** An update that is for the assistant, normalised. {@code callbackId} is set for button presses. */
    record Received(String platformId, String threadKey, String sender, String senderName, String text,
                    String languageHint, Instant receivedAt, Map<String, String> metadata, MessageKind kind,
                    String refersTo, String callbackId) {
        Received {
            metadata = Map.copyOf(metadata);
        }

        Received withNotice(String notice) {
            Map<String, String> meta = new LinkedHashMap<>(metadata);
            meta.put(NOTICE, notice);
            return new Received(platformId, threadKey, sender, senderName, "", languageHint, receivedAt, meta, kind,
                    refersTo, callbackId);
        }
    }

    private final long botId;
    private final String botUsername;

    UpdateMapper(long botId, String botUsername) {
        this.botId = botId;
        this.botUsername = botUsername == null ? "" : botUsername;
    }

    Optional<Received> map(Update update) {
        if (update.hasCallbackQuery()) {
            return button(update.getCallbackQuery());
        }
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        if (update.hasEditedMessage()) {
            return message(update.getEditedMessage()).map(UpdateMapper::asEdit);
        }
        return Optional.empty(); // channel posts, inline queries, member updates: not questions
    }

    /**
     * An edited question is answered as a new turn: its own platform id (the edit's date added, so the inbox keeps
     * it), referring to the original. An edit that leaves no text (a caption removed) is not one.
     */
    private static Received asEdit(Received original) {
        if (original.kind() != MessageKind.TEXT || original.text().isEmpty()) {
            return null;
        }
        return new Received(original.platformId() + "@edit:" + original.receivedAt().toEpochMilli(),
                original.threadKey(), original.sender(), original.senderName(), original.text(),
                original.languageHint(), original.receivedAt(), original.metadata(), MessageKind.EDIT,
                original.platformId(), null);
    }

    private Optional<Received> message(Message m) {
        User from = m.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot()) || m.getChat() == null || m.isChannelMessage()) {
            return Optional.empty();
        }
        boolean privateChat = "private".equals(m.getChat().getType());
        String raw = m.getText() != null ? m.getText() : m.getCaption();
        List<MessageEntity> entities = m.getText() != null ? m.getEntities() : m.getCaptionEntities();
        Map<String, String> meta = new LinkedHashMap<>();
        MessageKind kind = MessageKind.TEXT;
        String text;
        if (raw == null || raw.isBlank()) {
            if (!hasContent(m) || !privateChat && !repliesToBot(m)) {
                return Optional.empty();
            }
            meta.put(CONTENT, "none");
            text = "";
        } else {
            String command = command(raw, entities);
            if (command != null) {
                meta.put(COMMAND, command);
                text = switch (command) {
                    case "ask" -> withoutMentions(afterCommand(raw));
                    case "human" -> {
                        kind = MessageKind.HUMAN;
                        yield "/human";
                    }
                    default -> "/" + command;
                };
            } else if (privateChat || mentionsBot(raw, entities) || repliesToBot(m)) {
                text = withoutMentions(raw);
            } else {
                return Optional.empty();
            }
        }
        long chatId = m.getChatId();
        meta.put(CHAT, Long.toString(chatId));
        meta.put(MESSAGE, Integer.toString(m.getMessageId()));
        if (m.isTopicMessage() && m.getMessageThreadId() != null) {
            meta.put(TOPIC, Integer.toString(m.getMessageThreadId()));
        }
        Integer date = m.getEditDate() != null ? m.getEditDate() : m.getDate();
        Instant at = date == null ? Instant.now() : Instant.ofEpochSecond(date);
        return Optional.of(new Received("msg:" + chatId + ":" + m.getMessageId(), threadKey(chatId, from, privateChat),
                Long.toString(from.getId()), name(from), text.strip(), from.getLanguageCode(), at, meta, kind, null,
                null));
    }

    private Optional<Received> button(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        String data = query.getData() == null ? "" : query.getData();
        User from = query.getFrom();
        if (message == null || from == null || !data.matches("[hnp]:[0-9]{1,19}")) {
            return Optional.empty();
        }
        MessageKind kind = switch (data.charAt(0)) {
            case 'h' -> MessageKind.HELPFUL;
            case 'n' -> MessageKind.NOT_HELPFUL;
            default -> MessageKind.HUMAN;
        };
        long chatId = message.getChatId();
        boolean privateChat = message.getChat() == null || "private".equals(message.getChat().getType());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(CHAT, Long.toString(chatId));
        meta.put(MESSAGE, Integer.toString(message.getMessageId()));
        return Optional.of(new Received("cb:" + query.getId(), threadKey(chatId, from, privateChat),
                Long.toString(from.getId()), name(from), kind == MessageKind.HUMAN ? "/human" : "", from.getLanguageCode(),
                Instant.now(), meta, kind, data.substring(2), query.getId()));
    }

    /** A private chat is one conversation; in a group each member has their own with the bot. */
    static String threadKey(long chatId, User from, boolean privateChat) {
        return privateChat ? Long.toString(chatId) : chatId + ":" + from.getId();
    }

    /** The chat id a thread key belongs to. */
    static String chatOf(String threadKey) {
        int colon = threadKey.indexOf(':');
        return colon < 0 ? threadKey : threadKey.substring(0, colon);
    }

    /** The known command the text starts with, or {@code null}; in groups only commands addressed to this bot. */
    private String command(String text, List<MessageEntity> entities) {
        MessageEntity first = entities == null ? null : entities.stream()
                .filter(e -> "bot_command".equals(e.getType()) && Integer.valueOf(0).equals(e.getOffset()))
                .findFirst().orElse(null);
        if (first == null || first.getLength() == null || first.getLength() > text.length()) {
            return null;
        }
        String token = text.substring(1, first.getLength());
        int at = token.indexOf('@');
        if (at >= 0) {
            if (!token.substring(at + 1).equalsIgnoreCase(botUsername)) {
                return null; // for another bot
            }
            token = token.substring(0, at);
        }
        token = token.toLowerCase(Locale.ROOT);
        return COMMANDS.contains(token) ? token : null;
    }

    private static String afterCommand(String text) {
        int space = text.indexOf(' ');
        int newline = text.indexOf('\n');
        int end = space < 0 ? newline : newline < 0 ? space : Math.min(space, newline);
        return end < 0 ? "" : text.substring(end + 1);
    }

    private boolean mentionsBot(String text, List<MessageEntity> entities) {
        if (entities == null) {
            return false;
        }
        for (MessageEntity e : entities) {
            if ("mention".equals(e.getType()) && isBotMention(text, e)) {
                return true;
            }
            if ("text_mention".equals(e.getType()) && e.getUser() != null && e.getUser().getId() == botId) {
                return true;
            }
        }
        return false;
    }

    private boolean isBotMention(String text, MessageEntity e) {
        int start = e.getOffset() == null ? -1 : e.getOffset();
        int end = e.getLength() == null ? -1 : start + e.getLength();
        return start >= 0 && end <= text.length() && !botUsername.isEmpty()
                && text.substring(start, end).equalsIgnoreCase("@" + botUsername);
    }

    /** Removes "@BotName" mentions from {@code text} (case-insensitively), leaving the question. */
    private String withoutMentions(String text) {
        if (botUsername.isEmpty()) {
            return text;
        }
        return text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(botUsername) + "\\b[,:]?", " ")
                .replaceAll("[ \\t]{2,}", " ").strip();
    }

    private boolean repliesToBot(Message m) {
        Message replied = m.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == botId;
    }

    private static boolean hasContent(Message m) {
        return m.hasSticker() || m.hasPhoto() || m.hasVoice() || m.hasAudio() || m.hasVideo() || m.hasVideoNote()
                || m.hasDocument() || m.hasAnimation() || m.hasLocation() || m.hasContact() || m.hasPoll()
                || m.hasDice();
    }

    private static String name(User user) {
        String name = (user.getFirstName() == null ? "" : user.getFirstName())
                + (user.getLastName() == null ? "" : " " + user.getLastName());
        return name.strip();
    }
}
