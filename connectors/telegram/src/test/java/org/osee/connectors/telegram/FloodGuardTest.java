package org.osee.connectors.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FloodGuardTest {
    @Test
    void past_the_limit_a_chat_gets_one_notice_then_nothing_until_the_window_has_room() {
        TestClock clock = new TestClock();
        FloodGuard guard = new FloodGuard(clock, 3, Duration.ofMinutes(1));
        assertThat(guard.check("42")).isEqualTo(FloodGuard.Verdict.ACCEPT);
        assertThat(guard.check("42")).isEqualTo(FloodGuard.Verdict.ACCEPT);
        assertThat(guard.check("42")).isEqualTo(FloodGuard.Verdict.ACCEPT);
        assertThat(guard.check("42")).isEqualTo(FloodGuard.Verdict.NOTICE);
        assertThat(guard.check("42")).isEqualTo(FloodGuard.Verdict.DROP);
        assertThat(guard.check("43")).isEqualTo(FloodGuard.Verdict.ACCEPT);
        clock.advance(Duration.ofSeconds(61));
        assertThat(guard.check("42")).isEqualTo(FloodGuard.Verdict.ACCEPT);
    }
}
