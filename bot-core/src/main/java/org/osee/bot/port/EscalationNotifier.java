package org.osee.bot.port;

import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;

/**
 * Tells staff, somewhere they look (a Discord staff channel), that a conversation was escalated. Best effort: it is
 * called after the escalation was recorded, must return quickly and must not throw.
 */
@FunctionalInterface
public interface EscalationNotifier {
    EscalationNotifier NONE = (conversation, message, reason) -> { };

    /** {@code message} is the one whose answer escalated the conversation (its sender, thread key, channel). */
    void escalated(ConversationSnapshot conversation, InboundMessage message, EscalationReason reason);
}
