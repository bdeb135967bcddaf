package org.osee.bot.port;

import java.util.List;
import java.util.Optional;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.OutboundMessage;

/**
 * The replies of a conversation as the store holds them, so that every instance shows the same: a channel whose
 * platform is this application's own page (the web chat) reads its threads from here, not from one instance's
 * memory. A reply is listed once it is queued for delivery (and until it is given up); its outbox id orders it.
 */
public interface ReplyFeed {
    /** Replies in the thread with an outbox id above {@code after}, oldest first, at most {@code limit}. */
    List<OutboundMessage> after(String channel, String threadKey, long after, int limit);

    /** The first reply to inbound message {@code platformMessageId} of {@code channel}, once one is recorded. */
    Optional<OutboundMessage> replyTo(String channel, String platformMessageId);

    /** The status of the thread's conversation; empty when the thread has none. */
    Optional<ConversationStatus> status(String channel, String threadKey);
}
