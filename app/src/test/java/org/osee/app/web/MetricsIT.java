package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.cli.Json;

/** {@code /metrics} after questions through the web chat: the pipeline's meters, as Prometheus scrapes them. */
class MetricsIT {
    @TempDir
    Path tmp;

    @Test
    void metrics_show_questions_by_channel_and_decision_reply_latency_and_queues_after_a_question() throws Exception {
        try (RunningApp app = new RunningApp(tmp, null)) {
            String asked = app.post("/api/ask", "{\"question\": \"Which licence should software paid for by the"
                    + " government carry?\"}").body();
            String decision = Json.mapper().readTree(asked).get("decision").asText();
            String conversation = Json.mapper().readTree(asked).get("conversation").asText();
            app.post("/api/ask", "{\"kind\": \"human\", \"conversation\": \"" + conversation + "\"}");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                String metrics = app.get("/metrics").body();
                assertThat(value(metrics, "osee_questions_total{channel=\"web\",decision=\"" + decision + "\"}"))
                        .isEqualTo(decision.equals("escalate") ? 2.0 : 1.0);
                assertThat(value(metrics, "osee_questions_total{channel=\"web\",decision=\"escalate\"}"))
                        .isGreaterThanOrEqualTo(1.0);
                assertThat(value(metrics, "osee_reply_latency_seconds_count{channel=\"web\"}")).isEqualTo(2.0);
                assertThat(value(metrics, "osee_reply_latency_seconds_bucket{channel=\"web\",le=\"+Inf\"}"))
                        .isEqualTo(2.0);
                assertThat(value(metrics, "osee_reply_latency_seconds_bucket{channel=\"web\",le=\"60.0\"}"))
                        .isEqualTo(2.0);
                assertThat(value(metrics, "osee_outbox_depth{channel=\"web\"}")).isZero();
                assertThat(value(metrics, "osee_inbox_depth{channel=\"web\"}")).isZero();
                assertThat(value(metrics, "osee_staff_queue_size")).isEqualTo(1.0);
                assertThat(value(metrics, "osee_staff_oldest_waiting_seconds")).isBetween(0.0, 60.0);
                assertThat(value(metrics, "osee_deliveries_retried_total{channel=\"web\"}")).isZero();
                assertThat(value(metrics, "osee_deliveries_dead_lettered_total{channel=\"web\"}")).isZero();
                assertThat(value(metrics, "osee_ingest_runs_total{result=\"ok\",source=\"folders\"}"))
                        .isZero();
            });
        }
    }

    /** The value of one series in a Prometheus scrape; fails when the series is missing. */
    static double value(String scrape, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        List<String> found = m.results().map(r -> r.group(1)).toList();
        assertThat(found).as("series %s in%n%s", series, scrape).hasSize(1);
        return Double.parseDouble(found.get(0));
    }
}
