package org.osee.app.observe;

import java.time.Duration;
import org.osee.bot.domain.Decision;
import org.osee.bot.port.PipelineEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per handled message, at INFO on the logger {@value #LOGGER}: conversation id, channel, decision and
 * latency, as the message's text and as key-value fields (the JSON log format writes them as fields). Never the
 * message's text or its sender. Turn it off with that logger's level.
 */
public final class HandledMessageLog implements PipelineEvents {
    /** The logger's name, for operators who want to raise its level. */
    public static final String LOGGER = "osee.messages";
    private final Logger log;

    public HandledMessageLog() {
        this(LoggerFactory.getLogger(LOGGER));
    }

    HandledMessageLog(Logger log) {
        this.log = log;
    }

    @Override
    public void replied(String conversationId, String channel, Decision decision, Duration latency) {
        log.atInfo().setMessage("Handled a message of conversation {} on {}: {} in {} ms")
                .addArgument(conversationId).addArgument(channel).addArgument(decision.wire())
                .addArgument(latency.toMillis())
                .addKeyValue("event", "handled").addKeyValue("conversation", conversationId)
                .addKeyValue("channel", channel).addKeyValue("decision", decision.wire())
                .addKeyValue("latency_ms", latency.toMillis()).log();
    }

    @Override
    public void answerFailed(String conversationId, String channel, boolean givenUp) {
        if (givenUp) {
            log.atWarn().setMessage("Gave up answering a message of conversation {} on {}")
                    .addArgument(conversationId).addArgument(channel)
                    .addKeyValue("event", "given_up").addKeyValue("conversation", conversationId)
                    .addKeyValue("channel", channel).log();
        }
    }
}
