package org.osee.bot.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the assistant needs to know about a conversation to reply to its newest message.
 *
 * @param id       the conversation's id
 * @param channel  the channel it lives on ("email", "discord", "telegram", "web", "console")
 * @param status   open, escalated, waiting for user, resolved
 * @param language the conversation's language so far (ISO 639-1), or {@code null} when not known yet
 * @param history  earlier messages, oldest first, not including the new one
 */
public record ConversationSnapshot(String id, String channel, ConversationStatus status, String language,
                                   List<Turn> history) {
    public ConversationSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A conversation that has just begun. */
    public static ConversationSnapshot fresh(String id, String channel) {
        return new ConversationSnapshot(id, channel, ConversationStatus.OPEN, null, List.of());
    }
}
