package org.osee.connectors.discord;

import java.util.List;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.Assistant;

/** Answers every question with a cited answer; a question containing "long" gets one of about 4,500 characters. */
final class FakeAssistant implements Assistant {
    static final List<Citation> SOURCES = List.of(
            new Citation("licensing.md", "Choosing a licence", "Permissive or copyleft", "https://example.org/licensing"),
            new Citation("security.md", "Judging a dependency", "Health signals", null));

    @Override
    public Reply reply(ConversationSnapshot conversation, String message) {
        if (conversation.status() == ConversationStatus.ESCALATED) { // as the real assistant: silent until handed back
            return new Reply(Decision.ESCALATE, "", 0, "en", List.of(), EscalationReason.ALREADY_ESCALATED, true);
        }
        String text = message.contains("long")
                ? String.join("\n\n", java.util.Collections.nCopies(9, ("A permissive licence lets anyone reuse the "
                        + "code with few conditions [1]. ").repeat(6).strip()))
                : "Publish it under an open-source licence such as the EUPL [1]. Check its health signals [2].";
        return new Reply(Decision.ANSWER, text, 0.9, "en", SOURCES, null, false);
    }
}
