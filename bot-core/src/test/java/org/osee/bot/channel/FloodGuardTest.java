package org.osee.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloodGuardTest {
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void one_sender_gets_the_limit_then_one_notice_then_silence_within_the_window() {
        FloodGuard guard = new FloodGuard(10);
        List<FloodGuard.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            verdicts.add(guard.check("7", "m" + i, T0.plusMillis(i * 500L)));
        }
        assertThat(verdicts.subList(0, 10)).containsOnly(FloodGuard.Verdict.ALLOW);
        assertThat(verdicts.get(10)).isEqualTo(FloodGuard.Verdict.NOTICE);
        assertThat(verdicts.subList(11, 100)).doesNotContain(FloodGuard.Verdict.NOTICE)
                .contains(FloodGuard.Verdict.DROP);
    }

    @Test
    void others_are_not_limited_by_one_senders_flood() {
        FloodGuard guard = new FloodGuard(2);
        guard.check("1", "a", T0);
        guard.check("1", "b", T0);
        guard.check("1", "c", T0);

        assertThat(guard.check("2", "d", T0)).isEqualTo(FloodGuard.Verdict.ALLOW);
    }

    @Test
    void the_allowance_returns_once_the_window_has_passed() {
        FloodGuard guard = new FloodGuard(1, Duration.ofSeconds(10));
        guard.check("1", "a", T0);
        assertThat(guard.check("1", "b", T0.plusSeconds(5))).isEqualTo(FloodGuard.Verdict.NOTICE);
        assertThat(guard.check("1", "c", T0.plusSeconds(8))).isEqualTo(FloodGuard.Verdict.DROP);

        assertThat(guard.check("1", "d", T0.plusSeconds(11))).isEqualTo(FloodGuard.Verdict.ALLOW);
    }

    @Test
    void a_message_seen_again_keeps_its_verdict_and_counts_once() {
        FloodGuard guard = new FloodGuard(1);
        assertThat(guard.check("1", "a", T0)).isEqualTo(FloodGuard.Verdict.ALLOW);
        assertThat(guard.check("1", "b", T0)).isEqualTo(FloodGuard.Verdict.NOTICE);

        assertThat(guard.check("1", "a", T0)).isEqualTo(FloodGuard.Verdict.ALLOW);
        assertThat(guard.check("1", "b", T0)).isEqualTo(FloodGuard.Verdict.DROP);
    }

    @Test
    void a_catch_up_that_reads_a_flood_before_the_live_stream_leaves_the_notice_to_the_live_message() {
        FloodGuard guard = new FloodGuard(2);
        for (int i = 0; i < 5; i++) { // the catch-up reads all five first
            assertThat(guard.checkLate("1", "m" + i, T0.plusMillis(i)))
                    .isEqualTo(i < 2 ? FloodGuard.Verdict.ALLOW : FloodGuard.Verdict.DROP);
        }
        assertThat(guard.check("1", "m0", T0)).isEqualTo(FloodGuard.Verdict.ALLOW);
        assertThat(guard.check("1", "m2", T0.plusMillis(2))).isEqualTo(FloodGuard.Verdict.NOTICE);
        assertThat(guard.check("1", "m3", T0.plusMillis(3))).isEqualTo(FloodGuard.Verdict.DROP);
        assertThat(guard.checkLate("1", "m5", T0.plusMillis(5))).isEqualTo(FloodGuard.Verdict.DROP);
    }

    @Test
    void messages_from_a_catch_up_count_at_the_time_they_were_sent() {
        FloodGuard guard = new FloodGuard(2);
        for (int i = 0; i < 6; i++) { // six questions over an hour of downtime, read back in one go
            assertThat(guard.check("1", "m" + i, T0.plus(Duration.ofMinutes(10L * i))))
                    .isEqualTo(FloodGuard.Verdict.ALLOW);
        }
    }

    @Test
    void senders_who_went_quiet_are_forgotten() {
        FloodGuard guard = new FloodGuard(3);
        for (int i = 0; i < 5_000; i++) { // 5,000 senders, one message each, a second apart
            guard.check("sender" + i, "m" + i, T0.plusSeconds(i));
        }

        assertThat(guard.remembered()).isLessThanOrEqualTo(2 * 60 + 1_024);
    }

    @Test
    void a_limit_below_one_or_an_empty_window_is_refused() {
        assertThatThrownBy(() -> new FloodGuard(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new FloodGuard(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
