package org.osee.connectors.telegram;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.Assistant;

/**
 * A deterministic assistant for connector tests: escalates on "/human", writes a 6,000-character answer in
 * paragraphs when asked for a "long" one, and otherwise echoes the question with its turn number and one citation.
 */
public final class EchoAssistant implements Assistant {
    private static final Pattern PERSON = Pattern.compile("(?iu)(^|\\s)/human\\b|\\bhuman\\b");

    @Override
    public Reply reply(ConversationSnapshot conversation, String message) {
        if (PERSON.matcher(message).find()) {
            return new Reply(Decision.ESCALATE, "A member of staff will reply here.", 0, "en", List.of(),
                    EscalationReason.ASKED_FOR_PERSON, false);
        }
        if (message.isBlank() || message.startsWith("/")) {
            String lang = conversation.language() == null ? "en" : conversation.language();
            return new Reply(Decision.ANSWER, "Ask me a question.", 1, lang, List.of(), null, false);
        }
        int turn = conversation.history().size() / 2 + 1;
        List<Citation> cite = List.of(new Citation("licences.md", "Licences", "Choosing", "https://osee.example/l"));
        if (message.toLowerCase(Locale.ROOT).contains("long")) {
            String paragraph = "This paragraph explains one more aspect of publishing code. ".repeat(20).strip();
            String text = String.join("\n\n", java.util.Collections.nCopies(5, paragraph)); // about 6,000 characters
            return new Reply(Decision.ANSWER, text, 0.9, "en", cite, null, false);
        }
        return new Reply(Decision.ANSWER, "Answer " + turn + " to: " + message, 0.9, "en", cite, null, false);
    }
}
