package org.osee.bot.port;

import java.time.Instant;

import org.osee.bot.domain.Feedback;

/** Keeps what people think of the replies they got. */
public interface FeedbackStore {
    /** Records the feedback; {@link NotFoundException} when the message is not a message of that conversation. */
    void record(Feedback feedback);

    /**
     * Records feedback on the reply delivered as outbox item {@code outboxId} (the id connectors put into their
     * feedback buttons).
     *
     * @return the id of the reply's message
     * @throws NotFoundException when that outbox item is not a reply of the conversation
     */
    long recordOnDelivery(String conversationId, long outboxId, boolean helpful, String comment, Instant at);
}
