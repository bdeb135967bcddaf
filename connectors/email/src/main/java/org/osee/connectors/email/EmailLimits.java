package org.osee.connectors.email;

import java.time.Duration;

/**
 * Bounds that keep the connector safe against floods and hostile messages, and its reconnection pace.
 *
 * @param maxPerSenderPerHour messages from one address answered per hour; more are skipped
 * @param maxMessageBytes     larger messages are not downloaded; the sender is told it could not be read
 * @param maxTextChars        the most text kept from one message
 * @param maxParts            MIME parts looked at in one message
 * @param maxDepth            nesting of multiparts and attached messages looked into
 * @param reconnectInitial    first wait after a lost connection; doubles on each failure
 * @param reconnectMax        the longest wait between reconnection attempts
 * @param idleRefresh         how often an IDLE is broken and renewed, so a dead connection is noticed
 */
public record EmailLimits(int maxPerSenderPerHour, long maxMessageBytes, int maxTextChars, int maxParts,
                          int maxDepth, Duration reconnectInitial, Duration reconnectMax, Duration idleRefresh) {
    public EmailLimits {
        positive(maxPerSenderPerHour, "email.limits.max-per-sender-per-hour");
        positive(maxMessageBytes, "email.limits.max-message-bytes");
        positive(maxTextChars, "email.limits.max-text-chars");
        positive(maxParts, "email.limits.max-parts");
        positive(maxDepth, "email.limits.max-depth");
        positive(reconnectInitial.toMillis(), "email.limits.reconnect-initial");
        positive(reconnectMax.toMillis(), "email.limits.reconnect-max");
        positive(idleRefresh.toMillis(), "email.limits.idle-refresh");
    }

    /** 10 per sender per hour, 25 MB, 15,000 characters, 1,000 parts, depth 10, backoff 1 s to 5 min, IDLE renewed every 9 min. */
    public static EmailLimits defaults() {
        return new EmailLimits(10, 25L * 1024 * 1024, 15_000, 1_000, 10, Duration.ofSeconds(1),
                Duration.ofMinutes(5), Duration.ofMinutes(9));
    }

    /** A copy with another per-sender rate. */
    public EmailLimits withMaxPerSenderPerHour(int max) {
        return new EmailLimits(max, maxMessageBytes, maxTextChars, maxParts, maxDepth, reconnectInitial,
                reconnectMax, idleRefresh);
    }

    /** A copy with other reconnection and IDLE timings (tests use short ones). */
    public EmailLimits withTimings(Duration initial, Duration max, Duration idle) {
        return new EmailLimits(maxPerSenderPerHour, maxMessageBytes, maxTextChars, maxParts, maxDepth, initial, max,
                idle);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
