package org.osee.bot.pipeline;

import java.time.Duration;

import org.osee.bot.domain.Decision;
import org.osee.bot.port.PipelineEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Passes events on to an observer; an observer's failure is logged, never allowed into the message loop. */
final class SafeEvents implements PipelineEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SafeEvents.class);

    private final PipelineEvents delegate;

    SafeEvents(PipelineEvents delegate) {
        this.delegate = delegate;
    }

    @Override
    public void replied(String conversationId, String channel, Decision decision, Duration latency) {
        guard(() -> delegate.replied(conversationId, channel, decision, latency));
    }

    @Override
    public void answerFailed(String conversationId, String channel, boolean givenUp) {
        guard(() -> delegate.answerFailed(conversationId, channel, givenUp));
    }

    @Override
    public void deliveryFailed(String conversationId, String channel, boolean deadLettered) {
        guard(() -> delegate.deliveryFailed(conversationId, channel, deadLettered));
    }

    private static void guard(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("A pipeline observer failed: {}", e.toString());
        }
    }
}
