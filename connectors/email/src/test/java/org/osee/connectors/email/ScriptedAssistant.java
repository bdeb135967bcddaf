package org.osee.connectors.email;

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
 * A deterministic assistant for tests: escalates when asked for a person, answers everything else with one
 * citation, and says which turn of the conversation it answers so tests can see threads continue.
 */
final class ScriptedAssistant implements Assistant {
    private static final Pattern PERSON = Pattern.compile("(?iu)\\b(human|humain|humano|person|personne|staff)\\b");

    private final long delayMillis;

    ScriptedAssistant() {
        this(0);
    }

    /** An assistant that takes {@code delayMillis} per reply, like a slow retrieval. */
    ScriptedAssistant(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public Reply reply(ConversationSnapshot conversation, String message) {
        pause();
        if (PERSON.matcher(message).find()) {
            return new Reply(Decision.ESCALATE, "A member of staff will reply to you in this thread.", 0.0, "en",
                    List.of(), EscalationReason.ASKED_FOR_PERSON, false);
        }
        String firstLine = message.strip().lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        int turn = conversation.history().size() / 2 + 1;
        return new Reply(Decision.ANSWER, "Answer " + turn + " to: " + firstLine + " [1]", 0.9, "en",
                List.of(new Citation("licences.md", "Licences", "Choosing a licence", "https://osee.example/licences")),
                null, false);
    }

    private void pause() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
