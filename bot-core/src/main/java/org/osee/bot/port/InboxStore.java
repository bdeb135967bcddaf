package org.osee.bot.port;

import org.osee.bot.domain.InboundMessage;

/** Durable storage behind the {@link Inbox}: accepted messages become work, refused ones are recorded. */
public interface InboxStore {
    /**
     * Stores the message as the user's turn of its conversation (found or created by channel and thread key) and
     * as pending work, in one transaction.
     *
     * Feedback is stored as work only, not as a turn, and only for a conversation that exists.
     *
     * @return {@code false} when the same (channel, platform message id) was stored before, or when feedback names no
     *         known conversation; nothing changes then
     */
    boolean store(InboundMessage message);

    /** Records that the message was refused and why; its text is not kept. */
    void reject(InboundMessage message, String reason);
}
