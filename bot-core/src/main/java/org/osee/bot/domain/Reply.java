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
 * @param retrieved        the passages retrieved to decide, best first (at most {@link RetrievedPassage#MAX_KEPT});
 *                         empty when the reply needed no retrieval
 */
public record Reply(Decision decision, String text, double confidence, String language,
                    List<Citation> citations, EscalationReason escalationReason, boolean silent, boolean resolved,
                    List<RetrievedPassage> retrieved) {
    /** A reply that retrieved nothing. */
    public Reply(Decision decision, String text, double confidence, String language, List<Citation> citations,
                 EscalationReason escalationReason, boolean silent, boolean resolved) {
        this(decision, text, confidence, language, citations, escalationReason, silent, resolved, List.of());
    }

    /** A reply that leaves the conversation open. */
    public Reply(Decision decision, String text, double confidence, String language, List<Citation> citations,
                 EscalationReason escalationReason, boolean silent) {
        this(decision, text, confidence, language, citations, escalationReason, silent, false, List.of());
    }

    public Reply {
        Objects.requireNonNull(decision, "decision");
        text = text == null ? "" : text;
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
        }
        language = language == null || language.isBlank() ? "en" : language;
        citations = citations == null ? List.of() : List.copyOf(citations);
        retrieved = retrieved == null ? List.of()
                : List.copyOf(retrieved.subList(0, Math.min(RetrievedPassage.MAX_KEPT, retrieved.size())));
        if (decision == Decision.ESCALATE && escalationReason == null) {
            throw new IllegalArgumentException("an escalation needs a reason");
        }
        if (!silent && text.isBlank()) {
            throw new IllegalArgumentException("a reply that is sent needs text");
        }
    }

    /** This reply with the passages retrieved to decide it. */
    public Reply withRetrieved(List<RetrievedPassage> passages) {
        return new Reply(decision, text, confidence, language, citations, escalationReason, silent, resolved,
                passages);
    }
}
