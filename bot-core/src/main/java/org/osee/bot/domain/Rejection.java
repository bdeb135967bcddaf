package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/** An inbound message refused at the door, and why. Its text is not kept; {@code textBytes} is its UTF-8 size. */
public record Rejection(String channel, String platformMessageId, String sender, String reason, int textBytes,
                        Instant at) {
    public Rejection {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(platformMessageId, "platformMessageId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
