package org.osee.bot.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.osee.bot.answer.Phrase;
import org.osee.bot.answer.Phrases;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Reply;

/**
 * Which answers are held for staff review instead of being sent: on the given channels, an answer from the documents
 * (decision answer, with citations) whose confidence is below {@code below}. Small talk, clarifying questions,
 * escalations and declines are never held.
 *
 * @param channels channel names ("email", "discord"...) whose low-confidence answers are held
 * @param below    the confidence bar (0..1); 0 holds nothing
 */
public record DraftPolicy(Set<String> channels, double below) {
    public DraftPolicy {
        channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
        if (Double.isNaN(below) || below < 0 || below > 1) {
            throw new IllegalArgumentException("the draft confidence bar must be in 0..1, was " + below);
        }
    }

    /** Holds nothing: every answer is sent. */
    public static DraftPolicy none() {
        return new DraftPolicy(Set.of(), 0);
    }

    /** Whether this reply, on this channel, is held as a draft. */
    public boolean holds(String channel, Reply reply) {
        return channels.contains(channel) && reply.decision() == Decision.ANSWER && !reply.silent()
                && !reply.resolved() && !reply.citations().isEmpty() && reply.confidence() < below;
    }

    /**
     * What the person gets at once instead of the held answer: a short acknowledgment in the answer's language; it
     * escalates the conversation (reason {@link EscalationReason#DRAFT}) so that the draft shows in staff's queue.
     */
    public static Reply acknowledgment(Reply draft) {
        String language = Phrases.supported(draft.language());
        return new Reply(Decision.ESCALATE, Phrases.get(Phrase.DRAFT_ACK, language), draft.confidence(), language,
                List.of(), EscalationReason.DRAFT, false);
    }
}
