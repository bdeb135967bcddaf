package org.osee.connectors.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendLimiterTest {
    private final TestClock clock = new TestClock();
    private final SendLimiter limiter = SendLimiter.telegram(clock);

    @Test
    void allows_one_message_per_second_in_a_private_chat_and_one_per_three_seconds_in_a_group() {
        assertThat(limiter.reserve("42")).isZero();
        assertThat(limiter.reserve("42")).isEqualTo(Duration.ofSeconds(1));
        assertThat(limiter.reserve("-100")).isZero();
        assertThat(limiter.reserve("-100")).isEqualTo(Duration.ofSeconds(3));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.reserve("42")).isZero();
    }

    @Test
    void a_busy_chat_does_not_hold_up_others_but_thirty_per_second_is_the_ceiling() {
        limiter.reserve("1");
        for (int chat = 2; chat <= 30; chat++) {
            assertThat(limiter.reserve(Integer.toString(chat))).isZero();
        }
        assertThat(limiter.reserve("31")).isPositive().isLessThanOrEqualTo(Duration.ofMillis(1001));
        clock.advance(Duration.ofMillis(1001));
        assertThat(limiter.reserve("31")).isZero();
    }

    @Test
    void honours_telegrams_retry_after_for_the_chat() {
        limiter.backOff("42", Duration.ofSeconds(7));
        assertThat(limiter.reserve("42")).isEqualTo(Duration.ofSeconds(7));
        assertThat(limiter.reserve("43")).isZero();
    }
}
