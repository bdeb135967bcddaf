package org.osee.bot.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An answer held for staff review instead of being sent, with what staff need to judge it.
 *
 * @param id             the draft's id
 * @param conversationId the conversation it answers
 * @param channel        the conversation's channel
 * @param participant    who asked (address or handle on the channel)
 * @param language       ISO 639-1 code of the answer (the person's language)
 * @param question       the message it answers (empty when retention removed it)
 * @param answer         the drafted answer
 * @param citations      the sources the answer relies on
 * @param confidence     the assistant's confidence (0..1), below the channel's bar
 * @param state          held, sent or discarded
 * @param decidedBy      the staff member who sent or discarded it, else {@code null}
 * @param createdAt      when it was held: its age in the queue counts from here
 */
public record Draft(long id, String conversationId, String channel, String participant, String language,
                    String question, String answer, List<Citation> citations, double confidence, State state,
                    String decidedBy, Instant createdAt) {
    /** Where a draft stands: waiting for staff, sent (as drafted or edited), or discarded for a reply of staff's own. */
    public enum State { HELD, SENT, DISCARDED }

    public Draft {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        question = question == null ? "" : question;
        answer = answer == null ? "" : answer;
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
