package org.osee.bot.port;

import java.util.List;

import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;
import org.slf4j.LoggerFactory;

/**
 * Tells staff, somewhere they look (a Discord staff channel, a staff email address), that a conversation was
 * escalated. Best effort: it is called after the escalation was recorded, must return quickly and must not throw.
 */
@FunctionalInterface
public interface EscalationNotifier {
    EscalationNotifier NONE = (conversation, message, reason) -> { };

    /** {@code message} is the one whose answer escalated the conversation (its sender, thread key, channel). */
    void escalated(ConversationSnapshot conversation, InboundMessage message, EscalationReason reason);

    /** Tells each of {@code notifiers} in turn; one that throws does not keep the others from being told. */
    static EscalationNotifier all(List<? extends EscalationNotifier> notifiers) {
        List<EscalationNotifier> each = List.copyOf(notifiers);
        return (conversation, message, reason) -> {
            for (EscalationNotifier notifier : each) {
                try {
                    notifier.escalated(conversation, message, reason);
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(EscalationNotifier.class).warn(
                            "An escalation notice of conversation {} failed: {}", conversation.id(), e.getMessage());
                }
            }
        };
    }
}
