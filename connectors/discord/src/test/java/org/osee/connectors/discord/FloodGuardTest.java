package org.osee.connectors.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloodGuardTest {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void one_person_gets_the_limit_then_one_notice_then_silence_within_a_minute() {
        FloodGuard guard = new FloodGuard(10);
        List<FloodGuard.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            verdicts.add(guard.check(7, i, T0.plusMillis(i * 500L)));
        }
        assertThat(verdicts.subList(0, 10)).containsOnly(FloodGuard.Verdict.ALLOW);
        assertThat(verdicts.get(10)).isEqualTo(FloodGuard.Verdict.NOTICE);
        assertThat(verdicts.subList(11, 100)).doesNotContain(FloodGuard.Verdict.NOTICE)
                .contains(FloodGuard.Verdict.DROP);
    }

    @Test
    void others_are_not_limited_by_one_persons_flood() {
        FloodGuard guard = new FloodGuard(2);
        guard.check(1, 1, T0);
        guard.check(1, 2, T0);
        guard.check(1, 3, T0);

        assertThat(guard.check(2, 4, T0)).isEqualTo(FloodGuard.Verdict.ALLOW);
    }

    @Test
    void the_allowance_returns_after_a_minute() {
        FloodGuard guard = new FloodGuard(1);
        guard.check(1, 1, T0);
        assertThat(guard.check(1, 2, T0.plusSeconds(30))).isEqualTo(FloodGuard.Verdict.NOTICE);

        assertThat(guard.check(1, 3, T0.plusSeconds(61))).isEqualTo(FloodGuard.Verdict.ALLOW);
    }

    @Test
    void a_message_seen_again_by_a_catch_up_keeps_its_verdict_and_counts_once() {
        FloodGuard guard = new FloodGuard(1);
        assertThat(guard.check(1, 1, T0)).isEqualTo(FloodGuard.Verdict.ALLOW);
        assertThat(guard.check(1, 2, T0)).isEqualTo(FloodGuard.Verdict.NOTICE);

        assertThat(guard.check(1, 1, T0)).isEqualTo(FloodGuard.Verdict.ALLOW);
        assertThat(guard.check(1, 2, T0)).isEqualTo(FloodGuard.Verdict.DROP);
    }
}
