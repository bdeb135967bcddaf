package org.osee.bot.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osee.bot.domain.Conversation;
import org.osee.bot.domain.ConversationHistory;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.QueueItem;
import org.osee.bot.domain.QueuePage;
import org.osee.bot.domain.QueueQuery;

/** Reads conversations for the staff console. */
public interface ConversationStore {
    /**
     * Conversations in any of the given statuses (all when empty): escalated ones first, then the most recently
     * updated.
     */
    List<Conversation> list(Set<ConversationStatus> statuses, int limit, int offset);

    /** One conversation with all its messages, escalations and feedback, oldest first. */
    Optional<ConversationHistory> history(String conversationId);

    /**
     * One page of the staff queue: the conversations the query selects, escalated ones first (longest waiting
     * first), then the most recently updated; with their previews, escalation reasons and assignees.
     */
    QueuePage queue(QueueQuery query);

    /** One conversation as a queue row (its assignee, preview, escalation reason). */
    Optional<QueueItem> item(String conversationId);

    /**
     * The id of the newest escalation (0 when there is none): a cheap value the console polls to learn, in every
     * instance, that a conversation was escalated.
     */
    long latestEscalation();
}
