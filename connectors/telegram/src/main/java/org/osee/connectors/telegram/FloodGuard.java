package org.osee.connectors.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Limits how many messages one chat may put to the assistant in a window. Past the limit the first extra message
 * gets one polite notice and the rest are dropped, until the window has room again.
 */
final class FloodGuard {
    /** What to do with one message. */
    enum Verdict { ACCEPT, NOTICE, DROP }

    private final Clock clock;
    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();
    private final Map<String, Boolean> noticed = new HashMap<>();

    FloodGuard(Clock clock, int max, Duration window) {
        this.clock = clock;
        this.max = max;
        this.window = window;
    }

    synchronized Verdict check(String threadKey) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(threadKey, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
        if (times.size() < max) {
            times.addLast(now);
            noticed.remove(threadKey);
            return Verdict.ACCEPT;
        }
        if (recent.size() > 10_000) {
            recent.values().removeIf(Deque::isEmpty);
        }
        return noticed.put(threadKey, Boolean.TRUE) == null ? Verdict.NOTICE : Verdict.DROP;
    }
}
