package org.osee.connectors.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how many messages one person gets answered per minute, so a flood from one account neither costs the
 * assistant's time nor delays anybody else. The first message over the limit in a minute earns one polite notice;
 * the rest are dropped silently. Time is the message's own time, and a message seen twice (live, then again by a
 * catch-up) gets the same verdict without counting twice.
 */
final class FloodGuard {
    enum Verdict { ALLOW, NOTICE, DROP }

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private final int limit;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        final Map<Long, Instant> allowed = new LinkedHashMap<>();
        final Map<Long, Instant> refused = new LinkedHashMap<>();
        Instant noticed;
    }

    FloodGuard(int limit) {
        this.limit = limit;
    }

    Verdict check(long user, long messageId, Instant at) {
        Window w = windows.computeIfAbsent(user, u -> new Window());
        synchronized (w) {
            Instant horizon = at.minus(WINDOW);
            if (w.allowed.containsKey(messageId)) {
                return Verdict.ALLOW;
            }
            if (w.refused.containsKey(messageId)) {
                return Verdict.DROP;
            }
            w.allowed.values().removeIf(t -> !t.isAfter(horizon));
            w.refused.values().removeIf(t -> !t.isAfter(horizon.minus(WINDOW)));
            if (w.allowed.size() < limit) {
                w.allowed.put(messageId, at);
                return Verdict.ALLOW;
            }
            w.refused.put(messageId, at);
            if (w.noticed == null || !w.noticed.isAfter(horizon)) {
                w.noticed = at;
                return Verdict.NOTICE;
            }
            return Verdict.DROP;
        }
    }
}
