package org.osee.bot.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits how many messages one sender gets answered in a window, so that a flood from one account neither costs the
 * assistant's time nor delays anybody else. The first message over the limit in a window earns one notice; the rest
 * are dropped. Time is the message's own time (a catch-up after downtime spreads old messages as they were sent), and
 * a message seen twice (live, then again by a catch-up or a redelivery) gets the same verdict without counting twice.
 * Messages read late (a catch-up after a reconnect, which can overlap the live stream) are judged without a notice:
 * the notice goes to the first message over the limit that is seen live, so a catch-up racing a flood cannot use it
 * up unseen. Senders with nothing left in their windows are forgotten, so memory follows the senders of the last two
 * windows.
 * Thread-safe: one sender's messages are judged one at a time.
 */
public final class FloodGuard {
    /** What to do with one message. */
    public enum Verdict {
        /** Within the limit: take it. */
        ALLOW,
        /** The first message over the limit seen live in this window: drop it, and tell the sender once. */
        NOTICE,
        /** Over the limit, already told: drop it silently. */
        DROP
    }

    private static final int SWEEP_EVERY = 1_024;

    private final int limit;
    private final Duration window;
    private final Map<String, Sender> senders = new ConcurrentHashMap<>();
    private final AtomicInteger checks = new AtomicInteger();

    /** The messages of one sender still inside the window (allowed) or twice the window (refused), by id. */
    private final class Sender {
        final Map<String, Instant> allowed = new LinkedHashMap<>();
        final Map<String, Instant> refused = new LinkedHashMap<>();
        Instant noticed;

        void forgetBefore(Instant horizon) {
            allowed.values().removeIf(t -> !t.isAfter(horizon));
            refused.values().removeIf(t -> !t.isAfter(horizon.minus(window)));
        }

        Verdict check(String messageId, Instant at, boolean live) {
            if (allowed.containsKey(messageId)) {
                return Verdict.ALLOW;
            }
            Instant horizon = at.minus(window);
            if (!refused.containsKey(messageId)) {
                forgetBefore(horizon);
                if (allowed.size() < limit) {
                    allowed.put(messageId, at);
                    return Verdict.ALLOW;
                }
                refused.put(messageId, at);
            }
            if (live && (noticed == null || !noticed.isAfter(horizon))) {
                noticed = at;
                return Verdict.NOTICE;
            }
            return Verdict.DROP;
        }

        boolean idle() {
            return allowed.isEmpty() && refused.isEmpty();
        }
    }

    /**
     * @param limit  messages one sender may send in a window, at least 1
     * @param window the window's length, positive
     */
    public FloodGuard(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("the flood limit must be at least 1, was " + limit);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the flood window must be positive, was " + window);
        }
        this.limit = limit;
        this.window = window;
    }

    /** A limit per minute. */
    public FloodGuard(int perMinute) {
        this(perMinute, Duration.ofMinutes(1));
    }

    /**
     * The verdict on one message seen live.
     *
     * @param sender    who sent it (an account or chat id)
     * @param messageId the platform's id of the message: the same id is allowed or refused again, and counts once
     * @param at        when it was sent
     */
    public Verdict check(String sender, String messageId, Instant at) {
        return check(sender, messageId, at, true);
    }

    /**
     * The verdict on one message read late (a catch-up): {@link Verdict#ALLOW} or {@link Verdict#DROP}, never a
     * notice; the notice stays for the sender's next message seen live, even if that is one this call dropped.
     */
    public Verdict checkLate(String sender, String messageId, Instant at) {
        return check(sender, messageId, at, false);
    }

    private Verdict check(String sender, String messageId, Instant at, boolean live) {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(at, "at");
        sweepNow(at);
        Verdict[] verdict = new Verdict[1];
        senders.compute(sender, (key, s) -> {
            Sender one = s == null ? new Sender() : s;
            verdict[0] = one.check(messageId, at, live);
            return one;
        });
        return verdict[0];
    }

    /** How many senders are remembered (for tests). */
    int remembered() {
        return senders.size();
    }

    /** Every {@value #SWEEP_EVERY} checks, forgets the senders with nothing left inside their windows. */
    private void sweepNow(Instant at) {
        if (checks.incrementAndGet() % SWEEP_EVERY != 0) {
            return;
        }
        Instant horizon = at.minus(window);
        for (String sender : senders.keySet()) {
            senders.computeIfPresent(sender, (key, s) -> {
                s.forgetBefore(horizon);
                return s.idle() ? null : s;
            });
        }
    }
}
