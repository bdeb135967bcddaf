package org.osee.bot.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osee.bot.domain.Conversation;
import org.osee.bot.domain.ConversationHistory;
import org.osee.bot.domain.ConversationStatus;

/** Reads conversations for the staff console. */
public interface ConversationStore {
    /**
     * Conversations in any of the given statuses (all when empty): escalated ones first, then the most recently
     * updated.
     */
    List<Conversation> list(Set<ConversationStatus> statuses, int limit, int offset);

    /** One conversation with all its messages, escalations and feedback, oldest first. */
    Optional<ConversationHistory> history(String conversationId);
}
