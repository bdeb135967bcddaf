package org.osee.connectors.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Allows at most N messages per sender in any sliding hour. Counting is per message id, so the same message read
 * twice (after a reconnection) is counted once. Thread-safe; memory is bounded by the senders active in the last hour.
 */
final class SenderRateLimiter {
    private static final Duration WINDOW = Duration.ofHours(1);

    private record Hit(Instant at, String messageId) {
    }

    private final int maxPerHour;
    private final Clock clock;
    private final Map<String, Deque<Hit>> hits = new HashMap<>();

    SenderRateLimiter(int maxPerHour, Clock clock) {
        this.maxPerHour = maxPerHour;
        this.clock = clock;
    }

    /** Records the message and says whether the sender is still within the limit. */
    synchronized boolean allow(String sender, String messageId) {
        Instant now = clock.instant();
        evictOlderThan(now.minus(WINDOW));
        Deque<Hit> recent = hits.computeIfAbsent(sender, s -> new ArrayDeque<>());
        if (recent.stream().anyMatch(h -> h.messageId().equals(messageId))) {
            return true;
        }
        if (recent.size() >= maxPerHour) {
            return false;
        }
        recent.addLast(new Hit(now, messageId));
        return true;
    }

    private void evictOlderThan(Instant cutoff) {
        Iterator<Deque<Hit>> it = hits.values().iterator();
        while (it.hasNext()) {
            Deque<Hit> recent = it.next();
            while (!recent.isEmpty() && recent.peekFirst().at().isBefore(cutoff)) {
                recent.removeFirst();
            }
            if (recent.isEmpty()) {
                it.remove();
            }
        }
    }
}
