package org.osee.bot.port;

import java.time.Duration;
import java.util.Objects;

/**
 * The platform said "slow down, retry after N" (HTTP 429 and the like). The sender waits that long and tries again
 * without counting an attempt, keeps the order of the conversation's replies, and meanwhile goes on delivering other
 * conversations of the same channel.
 */
public class RateLimitedException extends ChannelException {
    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter, Throwable cause) {
        super(message, true, cause);
        this.retryAfter = check(retryAfter);
    }

    public RateLimitedException(String message, Duration retryAfter) {
        super(message, true);
        this.retryAfter = check(retryAfter);
    }

    private static Duration check(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        return retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    /** How long to wait before the next try. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
