package org.osee.bot.domain;

import java.util.Objects;

/**
 * An inbound message a worker has claimed for answering, under a lease.
 *
 * @param inboxId      the inbox item's id
 * @param messageId    the stored user message's id
 * @param conversation the conversation as it was when claimed, with the history before this message
 * @param message      the message itself
 * @param attempts     how many times it has been claimed, this time included
 */
public record ClaimedMessage(long inboxId, long messageId, ConversationSnapshot conversation, InboundMessage message,
                             int attempts) {
    public ClaimedMessage {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(message, "message");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
    }
}
