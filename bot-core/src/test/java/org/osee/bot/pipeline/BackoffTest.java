package org.osee.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;

/** Exponential backoff with jitter. */
class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1));

    @RepeatedTest(20)
    void each_delay_lies_between_half_and_all_of_the_doubled_base_capped_at_the_maximum() {
        assertThat(backoff.after(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(backoff.after(3)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(backoff.after(10)).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(1));
        assertThat(backoff.after(1000)).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(1));
    }
}
