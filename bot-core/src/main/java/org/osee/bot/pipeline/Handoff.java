package org.osee.bot.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.port.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages this instance claimed as it stored them ({@link org.osee.bot.port.InboxStore#storeClaiming}), on their
 * way to one of its workers: the claim costs no transaction of its own and no worker has to look for the message.
 * Bounded, first in first out, open only while the workers run; a claim that cannot be handed over (the instance is
 * stopping) is handed back to the queue at once. Thread-safe.
 */
final class Handoff {
    private static final Logger LOG = LoggerFactory.getLogger(Handoff.class);

    /** A claimed message and the end of its lease. */
    record Held(ClaimedMessage message, Instant leaseUntil) {
    }

    private final String claimant;
    private final WorkQueue queue;
    private final Clock clock;
    private final Duration lease;
    private final Semaphore room;
    private final ConcurrentLinkedQueue<Held> held = new ConcurrentLinkedQueue<>();
    private volatile boolean open;

    /**
     * @param claimant the id the claims are held under, unique across instances
     * @param capacity at most this many messages wait here; more are stored unclaimed for any worker to claim
     */
    Handoff(String claimant, int capacity, WorkQueue queue, Clock clock, Duration lease) {
        this.claimant = claimant;
        this.queue = queue;
        this.clock = clock;
        this.lease = lease;
        this.room = new Semaphore(capacity);
    }

    String claimant() {
        return claimant;
    }

    void open() {
        open = true;
    }

    /** Reserves room for one message; {@code false} when closed or full. Each reservation ends in put or unreserve. */
    boolean reserve() {
        return open && room.tryAcquire();
    }

    void unreserve() {
        room.release();
    }

    /** The lease a message claimed now gets. */
    Instant leaseUntil() {
        return clock.instant().plus(lease);
    }

    /** Puts a message claimed under a reservation; gives its claim back when the hand-off closed meanwhile. */
    void put(ClaimedMessage message, Instant leaseUntil) {
        held.add(new Held(message, leaseUntil));
        if (!open) {
            giveBack();
        }
    }

    /** The next message whose lease still has a good while to run, or {@code null}; older ones are handed back. */
    ClaimedMessage poll() {
        for (Held next = held.poll(); next != null; next = held.poll()) {
            room.release();
            if (next.leaseUntil().isAfter(clock.instant().plus(lease.dividedBy(2)))) {
                return next.message();
            }
            release(next.message()); // waited half its lease: any worker claims it afresh, with a whole lease
        }
        return null;
    }

    /** Closes the hand-off and hands every waiting claim back to the queue, for any instance to take at once. */
    void close() {
        open = false;
        giveBack();
    }

    private void giveBack() {
        List<Held> left = new ArrayList<>();
        for (Held next = held.poll(); next != null; next = held.poll()) {
            room.release();
            left.add(next);
        }
        left.forEach(h -> release(h.message()));
    }

    private void release(ClaimedMessage message) {
        try {
            queue.release(message, claimant);
        } catch (RuntimeException e) {
            LOG.warn("Cannot hand message {} back; it is taken over when its lease ends: {}", message.inboxId(),
                    e.getMessage());
        }
    }
}
