package org.osee.bot.port;

import java.time.Duration;
import java.util.List;

import org.osee.bot.domain.Decision;

/**
 * Observes what the pipeline does with each message, for metrics and logs (the application implements it with
 * Micrometer and its log format; bot-core depends on neither). Called on the pipeline's threads after the outcome was
 * recorded: implementations must be quick and must not throw. Every method has a no-op default. No method receives
 * message text.
 */
public interface PipelineEvents {
    /** Observes nothing. */
    PipelineEvents NONE = new PipelineEvents() { };

    /**
     * A message was answered: its reply (or the hand-over to staff) is recorded for delivery.
     *
     * @param latency from when the platform received the message to when its reply was recorded; never negative
     */
    default void replied(String conversationId, String channel, Decision decision, Duration latency) {
    }

    /** Answering a message failed; it is retried later, or given up ({@code givenUp}) and shown to staff. */
    default void answerFailed(String conversationId, String channel, boolean givenUp) {
    }

    /** Delivering a reply failed; it is retried later, or dead-lettered ({@code deadLettered}) for staff to retry. */
    default void deliveryFailed(String conversationId, String channel, boolean deadLettered) {
    }

    /** Tells every one of {@code observers}, in order. */
    static PipelineEvents all(List<PipelineEvents> observers) {
        List<PipelineEvents> copy = List.copyOf(observers);
        return new PipelineEvents() {
            @Override
            public void replied(String conversationId, String channel, Decision decision, Duration latency) {
                copy.forEach(o -> o.replied(conversationId, channel, decision, latency));
            }

            @Override
            public void answerFailed(String conversationId, String channel, boolean givenUp) {
                copy.forEach(o -> o.answerFailed(conversationId, channel, givenUp));
            }

            @Override
            public void deliveryFailed(String conversationId, String channel, boolean deadLettered) {
                copy.forEach(o -> o.deliveryFailed(conversationId, channel, deadLettered));
            }
        };
    }
}
