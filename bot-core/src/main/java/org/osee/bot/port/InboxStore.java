package org.osee.bot.port;

import org.osee.bot.domain.InboundMessage;

/** Durable storage behind the {@link Inbox}: accepted messages become work, refused ones are recorded. */
public interface InboxStore {
    /**
     * Stores the message as the user's turn of its conversation (found or created by channel and thread key) and
     * as pending work, in one transaction.
     *
     * @return {@code false} when the same (channel, platform message id) was stored before; nothing changes then
     */
    boolean store(InboundMessage message);

    /** Records that the message was refused and why; its text is not kept. */
    void reject(InboundMessage message, String reason);
}
