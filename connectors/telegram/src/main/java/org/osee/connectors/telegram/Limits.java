package org.osee.connectors.telegram;

import java.time.Duration;
import org.osee.bot.port.RateLimitedException;

/** Builds the pipeline's "slow down" signal, so the sender waits without spending a delivery attempt. */
final class Limits {
    private Limits() {
    }

    static RateLimitedException rateLimited(String message, Duration retryAfter) {
        return new RateLimitedException(message + " (retry after " + retryAfter.toSeconds() + " s)", retryAfter);
    }
}
