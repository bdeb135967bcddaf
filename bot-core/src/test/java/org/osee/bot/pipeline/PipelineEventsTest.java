package org.osee.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.channel.LoopbackChannel;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.ChannelException;
import org.osee.bot.port.PipelineEvents;
import org.osee.bot.store.OnH2;
import org.osee.bot.store.Stores;
import org.osee.bot.store.TestDatabase;

/** What the pipeline tells its observer (metrics, the log of handled messages), on the embedded database. */
class PipelineEventsTest implements OnH2 {
    private static final PipelineConfig CONFIG = new PipelineConfig(2, Duration.ofSeconds(5), 3,
            Duration.ofMillis(40), Duration.ofSeconds(1), 1000, Duration.ofMillis(20), 16, Duration.ofSeconds(5));

    @TempDir
    Path temporaryFolder;
    private TestDatabase db;
    private Pipeline pipeline;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Duration> latencies = new CopyOnWriteArrayList<>();

    private final PipelineEvents recorder = new PipelineEvents() {
        @Override
        public void replied(String conversationId, String channel, Decision decision, Duration latency) {
            latencies.add(latency);
            events.add("replied " + channel + " " + decision.wire());
        }

        @Override
        public void answerFailed(String conversationId, String channel, boolean givenUp) {
            events.add("answer failed " + channel + (givenUp ? " given up" : " retried"));
        }

        @Override
        public void deliveryFailed(String conversationId, String channel, boolean deadLettered) {
            events.add("delivery failed " + channel + (deadLettered ? " dead-lettered" : " retried"));
        }
    };

    @BeforeEach
    void open() {
        db = openDatabase(temporaryFolder);
    }

    @AfterEach
    void close() {
        if (pipeline != null) {
            pipeline.stop();
        }
        db.close();
    }

    private static InboundMessage message(String channel, String id, String thread, String text) {
        return new InboundMessage(channel, id, thread, "ada@example.org", "Ada", text, "en", Instant.now(), Map.of());
    }

    @Test
    void reports_replies_answer_failures_and_failed_deliveries_by_channel() {
        LoopbackChannel email = new LoopbackChannel("email");
        ScriptedChannel broken = new ScriptedChannel("broken", attempt -> {
            throw new ChannelException("connection refused", true);
        });
        pipeline = new Pipeline(Stores.of(db.database()), new DeterministicAssistant(), List.of(email, broken), CONFIG);
        pipeline.observe(recorder);
        pipeline.start();

        email.receive(message("email", "good", "t1", "a fine question"));
        email.receive(message("email", "bad", "t2", "[fail] this breaks the assistant"));
        pipeline.inbox().accept(message("broken", "b1", "t3", "question"));

        await().atMost(Duration.ofSeconds(30)).until(() -> events.contains("delivery failed broken dead-lettered")
                && events.contains("answer failed email given up"));
        assertThat(events).filteredOn(e -> e.startsWith("replied")).containsExactlyInAnyOrder(
                "replied email answer", "replied broken answer");
        assertThat(events).filteredOn(e -> e.startsWith("answer failed")).containsExactly(
                "answer failed email retried", "answer failed email retried", "answer failed email given up");
        assertThat(events).filteredOn(e -> e.startsWith("delivery failed")).containsExactly(
                "delivery failed broken retried", "delivery failed broken retried",
                "delivery failed broken dead-lettered");
        assertThat(latencies).hasSize(2).allSatisfy(latency -> {
            assertThat(latency.isNegative()).isFalse();
            assertThat(latency).isLessThan(Duration.ofSeconds(30));
        });
    }

    @Test
    void an_observer_that_throws_does_not_stop_messages_being_answered_and_delivered() {
        LoopbackChannel email = new LoopbackChannel("email");
        pipeline = new Pipeline(Stores.of(db.database()), new DeterministicAssistant(), List.of(email), CONFIG);
        pipeline.observe(new PipelineEvents() {
            @Override
            public void replied(String conversationId, String channel, Decision decision, Duration latency) {
                throw new IllegalStateException("metrics backend down");
            }
        });
        pipeline.start();

        email.receive(message("email", "m1", "t1", "a fine question"));
        email.receive(message("email", "m2", "t2", "another question"));

        await().atMost(Duration.ofSeconds(30)).until(() -> email.deliveries().size() == 2);
    }
}
