package org.osee.bot.pipeline;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: after failure n, between half and all of min(max, base * 2^(n-1)). */
final class Backoff {
    private final Duration base;
    private final Duration max;

    Backoff(Duration base, Duration max) {
        this.base = base;
        this.max = max;
    }

    Duration after(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long ceiling = Math.min(max.toMillis(), base.toMillis() << doublings);
        if (ceiling <= 1) {
            return Duration.ofMillis(Math.max(ceiling, 1));
        }
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }
}
