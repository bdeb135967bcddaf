package org.osee.bot.port;

import java.time.Instant;
import org.osee.bot.domain.ClaimedMessage;
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

    /**
     * As {@link #store}, and in the same transaction claims the message for {@code claimant} until
     * {@code leaseUntil} when it is a turn of its conversation (not feedback) and no other message of the
     * conversation is pending: the instance that stored it answers it without claiming it from the queue. The claim
     * is then held and ended as one from {@link WorkQueue#claim} is.
     *
     * @return whether the message was stored, and the claimed message when it was claimed
     */
    default Stored storeClaiming(InboundMessage message, String claimant, Instant leaseUntil) {
        return new Stored(store(message), null);
    }

    /**
     * What {@link #storeClaiming} did.
     *
     * @param stored  {@code false} as {@link #store} returns it
     * @param claimed the message, claimed for the claimant; {@code null} when it was stored unclaimed or not stored
     */
    record Stored(boolean stored, ClaimedMessage claimed) {
    }

    /** Records that the message was refused and why; its text is not kept. */
    void reject(InboundMessage message, String reason);
}
