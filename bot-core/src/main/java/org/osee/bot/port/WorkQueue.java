package org.osee.bot.port;

import java.time.Instant;
import java.util.Optional;

import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.Reply;

/**
 * Pending inbound messages, claimed by workers under a lease. A claim whose lease ran out may be taken over by
 * another worker; the first one's later {@link #complete} then does nothing.
 */
public interface WorkQueue {
    /**
     * Claims the oldest due message whose conversation has no older message still pending.
     *
     * @param worker     the claiming worker's id, unique across instances
     * @param leaseUntil when the claim may be taken over
     */
    Optional<ClaimedMessage> claim(String worker, Instant leaseUntil);

    /**
     * In one transaction: records the reply, updates the conversation (escalated when the reply escalates), queues
     * the reply for delivery unless it is silent (or records it delivered, on a channel whose platform is the
     * database: {@link Channel#deliveredWhenRecorded()}), and marks the message done.
     *
     * @return {@code false} when {@code worker} no longer holds the claim; nothing was recorded then
     */
    boolean complete(ClaimedMessage claimed, String worker, Reply reply);

    /**
     * In one transaction, instead of {@link #complete}: keeps {@code draft} for staff review without sending it,
     * records and queues {@code acknowledgment} (an escalation) as the reply, escalates the conversation, and marks
     * the message done.
     *
     * @return {@code false} when {@code worker} no longer holds the claim; nothing was recorded then
     */
    boolean hold(ClaimedMessage claimed, String worker, Reply draft, Reply acknowledgment);

    /**
     * Marks the message handled without a reply (feedback, which is recorded elsewhere).
     *
     * @return {@code false} when {@code worker} no longer holds the claim
     */
    boolean done(ClaimedMessage claimed, String worker);

    /**
     * Releases a claim after a failure: to be tried again from {@code retryAt}, or given up when it is
     * {@code null} (then staff see it as a dead letter).
     */
    void fail(ClaimedMessage claimed, String worker, String error, Instant retryAt);

    /**
     * Hands a claim back unanswered, at once and without counting an attempt (an instance shutting down), so any
     * worker of this or another instance takes it now instead of after the lease. Does nothing when {@code worker}
     * no longer holds the claim; a later {@link #complete} by {@code worker} then records nothing.
     */
    void release(ClaimedMessage claimed, String worker);
}
