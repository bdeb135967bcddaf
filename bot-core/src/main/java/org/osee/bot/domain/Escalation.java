package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/** A moment a conversation was handed to staff, and why. {@code messageId} is the bot reply that escalated. */
public record Escalation(String conversationId, Long messageId, EscalationReason reason, Instant at) {
    public Escalation {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
