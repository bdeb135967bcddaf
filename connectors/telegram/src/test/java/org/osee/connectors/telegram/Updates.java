package org.osee.connectors.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Builds Bot API updates as Telegram sends them, for the stand-in to deliver. */
public final class Updates {
    private Updates() {
    }

    public static ObjectNode user(long id, String firstName, String languageCode) {
        ObjectNode user = BotApiStandIn.JSON.createObjectNode().put("id", id).put("is_bot", false)
                .put("first_name", firstName);
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    /** A text message in a private chat with the user (chat id = user id). */
    public static ObjectNode privateText(long userId, long messageId, String text, String languageCode) {
        return message(privateChat(userId), user(userId, "User" + userId, languageCode), messageId, text);
    }

    /** A text message in a supergroup. */
    public static ObjectNode groupText(long chatId, long userId, long messageId, String text) {
        return message(group(chatId), user(userId, "User" + userId, "en"), messageId, text);
    }

    public static ObjectNode message(ObjectNode chat, ObjectNode from, long messageId, String text) {
        ObjectNode update = BotApiStandIn.JSON.createObjectNode();
        ObjectNode message = update.putObject("message");
        message.put("message_id", messageId).put("date", Instant.now().getEpochSecond());
        message.set("from", from);
        message.set("chat", chat);
        if (text != null) {
            message.put("text", text);
            if (text.startsWith("/")) {
                int end = text.indexOf(' ');
                message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                        .put("length", end < 0 ? text.length() : end);
            }
        }
        return update;
    }

    /** The update Telegram sends when the message of {@code update} is edited to {@code text}. */
    public static ObjectNode edited(ObjectNode update, String text, long editDate) {
        ObjectNode message = (ObjectNode) update.remove("message");
        message.put("text", text).put("edit_date", editDate);
        update.set("edited_message", message);
        return update;
    }

    /** Marks {@code @username} in the message's text as a mention entity, as Telegram does. */
    public static ObjectNode withMention(ObjectNode update, String username) {
        ObjectNode message = (ObjectNode) update.get("message");
        String text = message.path("text").asText();
        int at = text.indexOf("@" + username);
        var entities = message.has("entities") ? (com.fasterxml.jackson.databind.node.ArrayNode) message.get("entities")
                : message.putArray("entities");
        entities.addObject().put("type", "mention").put("offset", at).put("length", username.length() + 1);
        return update;
    }

    /** Makes the message a reply to an earlier message sent by {@code from}. */
    public static ObjectNode replyingTo(ObjectNode update, long chatId, long repliedMessageId, ObjectNode from) {
        ObjectNode replied = ((ObjectNode) update.get("message")).putObject("reply_to_message");
        replied.put("message_id", repliedMessageId).put("date", Instant.now().getEpochSecond()).put("text", "...");
        replied.set("from", from);
        replied.set("chat", update.get("message").get("chat").deepCopy());
        return update;
    }

    public static ObjectNode bot(long id, String username) {
        return BotApiStandIn.JSON.createObjectNode().put("id", id).put("is_bot", true).put("first_name", username)
                .put("username", username);
    }

    /** A sticker in a private chat: no text, no caption. */
    public static ObjectNode sticker(long userId, long messageId) {
        ObjectNode update = message(privateChat(userId), user(userId, "User" + userId, "en"), messageId, null);
        ((ObjectNode) update.get("message")).putObject("sticker").put("file_id", "CAACAgI").put("file_unique_id", "u1")
                .put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false)
                .put("is_video", false);
        return update;
    }

    /** A photo with a caption in a private chat. */
    public static ObjectNode captionedPhoto(long userId, long messageId, String caption) {
        ObjectNode update = message(privateChat(userId), user(userId, "User" + userId, "en"), messageId, null);
        ObjectNode message = (ObjectNode) update.get("message");
        message.putArray("photo").addObject().put("file_id", "AgAC").put("file_unique_id", "p1").put("width", 90)
                .put("height", 90);
        message.put("caption", caption);
        return update;
    }

    /** A press of an inline button under the bot's message {@code messageId} in chat {@code chatId}. */
    public static ObjectNode buttonPress(String queryId, long userId, long chatId, long messageId, String data) {
        ObjectNode update = BotApiStandIn.JSON.createObjectNode();
        ObjectNode query = update.putObject("callback_query");
        query.put("id", queryId).put("chat_instance", "ci-" + chatId).put("data", data);
        query.set("from", user(userId, "User" + userId, "en"));
        ObjectNode message = query.putObject("message");
        message.put("message_id", messageId).put("date", Instant.now().getEpochSecond()).put("text", "answer");
        message.set("from", bot(BotApiStandIn.BOT_ID, "osee_bot"));
        message.set("chat", chatId > 0 ? privateChat(chatId) : group(chatId));
        return update;
    }

    public static ObjectNode privateChat(long userId) {
        return BotApiStandIn.JSON.createObjectNode().put("id", userId).put("type", "private")
                .put("first_name", "User" + userId);
    }

    public static ObjectNode group(long chatId) {
        return BotApiStandIn.JSON.createObjectNode().put("id", chatId).put("type", "supergroup").put("title", "OSPO");
    }
}
