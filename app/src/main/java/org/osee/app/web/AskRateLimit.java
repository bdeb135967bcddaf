package org.osee.app.web;

import io.javalin.http.Context;
import io.javalin.http.TooManyRequestsResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Questions accepted per client address (see {@link ClientAddress}) in fixed one-minute windows (0: no limit); past the limit a
 * request is refused with 429 and a {@code Retry-After}. Expired windows are dropped as the table grows, so a flood
 * of addresses costs memory only for the current minute.
 */
final class AskRateLimit {
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int TIDY_ABOVE = 10_000;
    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long start, int count) {}

    AskRateLimit(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("perMinute must be 0 (no limit) or more, was " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    AskRateLimit(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    void check(Context ctx) {
        if (perMinute == 0) {
            return;
        }
        long wait = acquire(ctx.appData(ClientAddress.KEY).of(ctx));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new TooManyRequestsResponse("more than " + perMinute + " questions a minute from this address; try again in "
                    + wait + " s");
        }
    }

    /** Counts one request of the client; 0 when it is within the limit, else the seconds until the window ends. */
    long acquire(String client) {
        long now = nanoTime.getAsLong();
        if (windows.size() > TIDY_ABOVE) {
            windows.values().removeIf(w -> now - w.start() >= MINUTE_NANOS);
        }
        Window window = windows.compute(client, (k, w) -> w == null || now - w.start() >= MINUTE_NANOS
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (window.count() <= perMinute) {
            return 0;
        }
        return Math.max(1, (window.start() + MINUTE_NANOS - now + 999_999_999L) / 1_000_000_000L);
    }
}
