package org.osee.bot.domain;

import java.time.LocalDate;
import java.util.Objects;

/** How many times the assistant made {@code decision} on {@code channel} on one day (UTC). */
public record DailyCount(LocalDate day, String channel, Decision decision, long count) {
    public DailyCount {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(decision, "decision");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }
}
