package org.osee.bot.domain;

import java.util.Objects;

/** An outbox item a sender has claimed for delivery, under a lease; {@code attempts} includes this one. */
public record ClaimedDelivery(OutboundMessage message, int attempts) {
    public ClaimedDelivery {
        Objects.requireNonNull(message, "message");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
    }
}
