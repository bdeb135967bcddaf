package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's question the assistant did not answer well: escalated to staff, declined as outside the documents, or
 * answered with low confidence. The raw material of the knowledge-gap report.
 *
 * @param replyId    the id of the assistant's reply (a message)
 * @param decision   {@link Decision#ESCALATE}, {@link Decision#DECLINE} or a low-confidence {@link Decision#ANSWER}
 * @param reason     why it was escalated; null unless escalated
 * @param confidence the assistant's confidence in its reply, 0..1
 * @param language   the reply's language (the question's, as the assistant detected it); may be null
 * @param text       the question as the person wrote it
 */
public record UnansweredQuestion(long replyId, String conversationId, String channel, Decision decision,
                                 EscalationReason reason, double confidence, String language, String text,
                                 Instant at) {
    public UnansweredQuestion {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }

    /** Why it counts as unanswered: {@code escalated}, {@code declined} or {@code low_confidence}. */
    public String gapKind() {
        return switch (decision) {
            case ESCALATE -> "escalated";
            case DECLINE -> "declined";
            default -> "low_confidence";
        };
    }
}
