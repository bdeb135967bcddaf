package org.osee.connectors.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how many messages one person gets answered per minute, so a flood from one account neither costs the
 * assistant's time nor delays anybody else. The first message over the limit in a minute earns one polite notice;
 * the rest are dropped silently. Time is the message's own time, so a catch-up over old messages counts the same.
 */
final class FloodGuard {
    enum Verdict { ALLOW, NOTICE, DROP }

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private final int limit;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        final Deque<Instant> allowed = new ArrayDeque<>();
        Instant noticed;
    }

    FloodGuard(int limit) {
        this.limit = limit;
    }

    Verdict check(long user, Instant at) {
        Window w = windows.computeIfAbsent(user, u -> new Window());
        synchronized (w) {
            while (!w.allowed.isEmpty() && !w.allowed.peekFirst().isAfter(at.minus(WINDOW))) {
                w.allowed.pollFirst();
            }
            if (w.allowed.size() < limit) {
                w.allowed.addLast(at);
                return Verdict.ALLOW;
            }
            if (w.noticed == null || !w.noticed.isAfter(at.minus(WINDOW))) {
                w.noticed = at;
                return Verdict.NOTICE;
            }
            return Verdict.DROP;
        }
    }
}
