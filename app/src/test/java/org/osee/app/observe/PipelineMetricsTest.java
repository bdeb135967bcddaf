package org.osee.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Decision;

class PipelineMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PipelineMetrics metrics = new PipelineMetrics(registry, List.of("web", "email"));

    @Test
    void known_channels_start_at_zero_so_that_rates_are_defined() {
        assertThat(registry.get("osee.questions").tag("channel", "email").tag("decision", "decline").counter().count())
                .isZero();
        assertThat(registry.get("osee.deliveries.dead.lettered").tag("channel", "web").counter().count()).isZero();
    }

    @Test
    void a_reply_counts_its_channel_and_decision_and_records_its_latency() {
        metrics.replied("c-1", "email", Decision.CLARIFY, Duration.ofMillis(1500));
        metrics.replied("c-2", "email", Decision.CLARIFY, Duration.ofMillis(500));

        assertThat(registry.get("osee.questions").tag("channel", "email").tag("decision", "clarify").counter().count())
                .isEqualTo(2);
        assertThat(registry.get("osee.questions").tag("channel", "web").tag("decision", "clarify").counter().count())
                .isZero();
        var latency = registry.get("osee.reply.latency").tag("channel", "email").timer();
        assertThat(latency.count()).isEqualTo(2);
        assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2000);
    }

    @Test
    void failed_deliveries_count_as_retried_or_dead_lettered_by_channel() {
        metrics.deliveryFailed("c-1", "web", false);
        metrics.deliveryFailed("c-1", "web", false);
        metrics.deliveryFailed("c-1", "web", true);
        metrics.answerFailed("c-2", "email", true);

        assertThat(registry.get("osee.deliveries.retried").tag("channel", "web").counter().count()).isEqualTo(2);
        assertThat(registry.get("osee.deliveries.dead.lettered").tag("channel", "web").counter().count()).isEqualTo(1);
        assertThat(registry.get("osee.answer.failures").tag("channel", "email").tag("outcome", "given_up").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void a_channel_that_appears_later_is_counted_too() {
        metrics.replied("c-3", "discord", Decision.ANSWER, Duration.ZERO);

        assertThat(registry.get("osee.questions").tag("channel", "discord").tag("decision", "answer").counter()
                .count()).isEqualTo(1);
    }
}
