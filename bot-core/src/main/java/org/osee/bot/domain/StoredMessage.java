package org.osee.bot.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation as stored: the user's message, a bot or staff reply, or an internal note.
 *
 * @param id               the message's id, increasing within a conversation
 * @param conversationId   the conversation it belongs to
 * @param author           user, bot, staff or internal note
 * @param authorName       the sender's display name or the staff member's name, may be empty
 * @param text             the text (empty when removed by retention)
 * @param citations        sources of a bot reply
 * @param decision         the assistant's decision for bot replies, else {@code null}
 * @param confidence       the assistant's confidence for bot replies, else {@code null}
 * @param escalationReason why a bot reply escalated, else {@code null}
 * @param delivery         for replies that are sent, where the delivery stands; else {@code null}
 * @param createdAt        when it was stored
 * @param retrieved        for bot replies, the passages the assistant retrieved, best first; else empty
 */
public record StoredMessage(long id, String conversationId, Author author, String authorName, String text,
                            List<Citation> citations, Decision decision, Double confidence,
                            EscalationReason escalationReason, DeliveryState delivery, Instant createdAt,
                            List<RetrievedPassage> retrieved) {
    public StoredMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(author, "author");
        authorName = authorName == null ? "" : authorName;
        text = text == null ? "" : text;
        citations = citations == null ? List.of() : List.copyOf(citations);
        Objects.requireNonNull(createdAt, "createdAt");
        retrieved = retrieved == null ? List.of() : List.copyOf(retrieved);
    }
}
