package org.osee.bot.port;

import java.time.Instant;
import java.util.List;

import org.osee.bot.domain.ClaimedDelivery;

/** Replies waiting to be delivered, claimed per channel by senders under a lease. */
public interface Outbox {
    /** Claims up to {@code limit} due items of one channel, oldest first. */
    List<ClaimedDelivery> claim(String channel, String sender, Instant leaseUntil, int limit);

    /** Marks an item delivered with the platform's id for it; does nothing when it was already delivered. */
    void delivered(long outboxId, String platformId);

    /**
     * Releases a claim after a failed attempt: to be tried again from {@code retryAt}, or dead-lettered when it is
     * {@code null}.
     */
    void failed(long outboxId, String sender, String error, Instant retryAt);
}
