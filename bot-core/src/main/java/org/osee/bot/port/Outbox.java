package org.osee.bot.port;

import java.time.Instant;
import java.util.List;

import org.osee.bot.domain.ClaimedDelivery;

/**
 * Replies waiting to be delivered, claimed per channel by senders under a lease. Replies of one conversation are
 * delivered in order: an item is claimed only when no earlier item of its conversation is still pending (waiting for
 * a retry, or claimed), so at most one item per conversation is in flight.
 */
public interface Outbox {
    /** Claims up to {@code limit} due items of one channel, oldest first, each the oldest pending of its conversation. */
    List<ClaimedDelivery> claim(String channel, String sender, Instant leaseUntil, int limit);

    /** Marks an item delivered with the platform's id for it; does nothing when it was already delivered. */
    void delivered(long outboxId, String platformId);

    /**
     * Releases a claim after a failed attempt: to be tried again from {@code retryAt}, or dead-lettered when it is
     * {@code null}.
     */
    void failed(long outboxId, String sender, String error, Instant retryAt);

    /**
     * Releases a claim the platform asked to slow down for: tried again from {@code retryAt}, and this attempt does
     * not count against the item's attempts.
     */
    void postpone(long outboxId, String sender, String reason, Instant retryAt);
}
