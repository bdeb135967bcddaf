package org.osee.bot.pipeline;

import java.time.Duration;

import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.Assistant;

/**
 * A predictable stand-in for the real assistant: answers "answer to: TEXT [TAG]"; escalates when the text holds
 * "[escalate]" and stays silent while the conversation is escalated; throws when the text holds "[fail]".
 */
public final class DeterministicAssistant implements Assistant {
    private final String tag;
    private final Duration thinking;

    /** {@code tag} ends every answer (tells which process answered); {@code thinking} is spent on each reply. */
    public DeterministicAssistant(String tag, Duration thinking) {
        this.tag = tag;
        this.thinking = thinking;
    }

    public DeterministicAssistant() {
        this("test", Duration.ZERO);
    }

    @Override
    public Reply reply(ConversationSnapshot conversation, String message) {
        think();
        if (message.contains("[fail]")) {
            throw new IllegalStateException("the assistant cannot handle this message");
        }
        if (conversation.status() == ConversationStatus.ESCALATED) {
            return new Reply(Decision.ESCALATE, "", 0, "en", null, EscalationReason.ALREADY_ESCALATED, true);
        }
        if (message.contains("[escalate]")) {
            return new Reply(Decision.ESCALATE, "A person will answer you soon.", 0.2, "en", null,
                    EscalationReason.ASKED_FOR_PERSON, false);
        }
        return new Reply(Decision.ANSWER, "answer to: " + message + " [" + tag + "]", 0.9, "en", null, null, false);
    }

    private void think() {
        if (thinking.isZero()) {
            return;
        }
        try {
            Thread.sleep(thinking.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
