package org.osee.bot.port;

import java.util.List;

import org.osee.bot.domain.Draft;

/**
 * Staff's side of held drafts: the ones waiting, and the two decisions. Each decision is taken once: a second one on
 * the same draft (two staff at once) throws {@link ConflictException}; an unknown id {@link NotFoundException}.
 */
public interface DraftDesk {
    /**
     * Drafts still waiting for staff, oldest first. A draft whose conversation staff answered since (a reply of their
     * own) no longer waits.
     */
    List<Draft> held(int limit);

    /**
     * Sends the draft as the staff member's reply, in the thread of the question it answers, with its citations:
     * {@code text} when given (the edited answer), else the draft as it is. The conversation then waits for the
     * person. Returns the draft as decided.
     */
    Draft approve(long draftId, String staffName, String text);

    /** Drops the draft; the conversation stays escalated for staff to write their own reply. */
    Draft discard(long draftId, String staffName);
}
