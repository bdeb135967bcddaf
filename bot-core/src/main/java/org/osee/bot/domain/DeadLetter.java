package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Something the pipeline gave up on and staff should look at: an outgoing message that could not be delivered,
 * or an incoming one the assistant failed to answer.
 *
 * @param kind           which of the two
 * @param id             the outbox or inbox item's id, to pass back to retry
 * @param conversationId the conversation it belongs to
 * @param channel        the channel's name
 * @param attempts       how many times it was tried
 * @param lastError      the last error's message
 * @param at             when it was given up
 */
public record DeadLetter(Kind kind, long id, String conversationId, String channel, int attempts, String lastError,
                         Instant at) {
    /** Which side of the pipeline gave up. */
    public enum Kind {
        /** An outbox item: delivery failed. */
        OUTBOUND,
        /** An inbox item: the assistant failed. */
        INBOUND
    }

    public DeadLetter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
        lastError = lastError == null ? "" : lastError;
        Objects.requireNonNull(at, "at");
    }
}
