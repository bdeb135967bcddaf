package org.osee.app.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;
import org.osee.bot.domain.Decision;
import org.osee.bot.port.PipelineEvents;

/**
 * The pipeline's outcomes as Micrometer meters (docs/operators.md lists them): questions by channel and decision,
 * the reply latency histogram by channel, answering failures, and retried and dead-lettered deliveries. The series of
 * the channels known at start are registered at zero, so a rate is defined before the first event.
 */
public final class PipelineMetrics implements PipelineEvents {
    /** Histogram buckets of the reply latency: from the web chat's sub-second replies to a slow email queue. */
    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1)};

    private final MeterRegistry registry;

    public PipelineMetrics(MeterRegistry registry, Collection<String> channels) {
        this.registry = registry;
        for (String channel : channels) {
            for (Decision decision : Decision.values()) {
                questions(channel, decision);
            }
            latency(channel);
            answerFailures(channel, "retried");
            answerFailures(channel, "given_up");
            deliveries("osee.deliveries.retried", channel);
            deliveries("osee.deliveries.dead.lettered", channel);
        }
    }

    @Override
    public void replied(String conversationId, String channel, Decision decision, Duration latency) {
        questions(channel, decision).increment();
        latency(channel).record(latency);
    }

    @Override
    public void answerFailed(String conversationId, String channel, boolean givenUp) {
        answerFailures(channel, givenUp ? "given_up" : "retried").increment();
    }

    @Override
    public void deliveryFailed(String conversationId, String channel, boolean deadLettered) {
        deliveries(deadLettered ? "osee.deliveries.dead.lettered" : "osee.deliveries.retried", channel).increment();
    }

    private Counter questions(String channel, Decision decision) {
        return Counter.builder("osee.questions").description("Messages answered, by channel and decision")
                .tag("channel", channel).tag("decision", decision.wire()).register(registry);
    }

    private Timer latency(String channel) {
        return Timer.builder("osee.reply.latency")
                .description("From the platform receiving a message to its reply being recorded for delivery")
                .tag("channel", channel).serviceLevelObjectives(LATENCY_BUCKETS).register(registry);
    }

    private Counter answerFailures(String channel, String outcome) {
        return Counter.builder("osee.answer.failures").description("Failed attempts to answer a message")
                .tag("channel", channel).tag("outcome", outcome).register(registry);
    }

    private Counter deliveries(String name, String channel) {
        return Counter.builder(name).description("Failed deliveries of replies").tag("channel", channel)
                .register(registry);
    }
}
