package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A conversation with one person on one channel, as staff see it in the console.
 *
 * @param id              the conversation's id
 * @param channel         the channel's name
 * @param threadKey       groups the platform's messages into this conversation
 * @param participant     the person's address or handle (replaced when anonymised)
 * @param participantName a display name, may be empty
 * @param language        ISO 639-1 code of the conversation so far, or {@code null}
 * @param status          open, escalated, waiting for user, resolved
 * @param createdAt       when its first message arrived
 * @param updatedAt       when anything last happened in it
 */
public record Conversation(String id, String channel, String threadKey, String participant, String participantName,
                           String language, ConversationStatus status, Instant createdAt, Instant updatedAt) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(threadKey, "threadKey");
        Objects.requireNonNull(participant, "participant");
        participantName = participantName == null ? "" : participantName;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
