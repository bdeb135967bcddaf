package org.osee.bot.domain;

import java.util.List;
import java.util.Objects;

/**
 * The assistant's reply to one message.
 *
 * @param decision         answer, clarify, escalate or decline
 * @param text             what is sent to the person; empty only when {@code silent}
 * @param confidence       0..1, how well the retrieved passages support the answer
 * @param language         ISO 639-1 code of the reply text
 * @param citations        the sources the text relies on, in the order they are referred to
 * @param escalationReason why the conversation was escalated, or {@code null} unless decision is ESCALATE
 * @param silent           true when nothing should be sent (an escalated conversation that was already told
 *                         staff will reply, a thank-you by email); the message is still recorded
 * @param resolved         true when the person's message closes the conversation ("thanks, that solved it"): it is
 *                         marked resolved by the person
 */
public record Reply(Decision decision, String text, double confidence, String language,
                    List<Citation> citations, EscalationReason escalationReason, boolean silent, boolean resolved) {
    /** A reply that leaves the conversation open. */
    public Reply(Decision decision, String text, double confidence, String language, List<Citation> citations,
                 EscalationReason escalationReason, boolean silent) {
        this(decision, text, confidence, language, citations, escalationReason, silent, false);
    }

    public Reply {
        Objects.requireNonNull(decision, "decision");
        text = text == null ? "" : text;
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
        }
        language = language == null || language.isBlank() ? "en" : language;
        citations = citations == null ? List.of() : List.copyOf(citations);
        if (decision == Decision.ESCALATE && escalationReason == null) {
            throw new IllegalArgumentException("an escalation needs a reason");
        }
        if (!silent && text.isBlank()) {
            throw new IllegalArgumentException("a reply that is sent needs text");
        }
    }
}
