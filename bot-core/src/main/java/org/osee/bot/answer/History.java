package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Turn;

/** Reads what the assistant needs from a conversation's history (oldest turn first). */
final class History {
    private static final List<String> ACKNOWLEDGMENTS = Phrases.allTranslations(Phrase.ESCALATED_ACK);

    private History() {
    }

    /**
     * True when an escalated conversation needs no more acknowledgments: since the last message
     * from the assistant that was not an acknowledgment, staff have written or the assistant has
     * acknowledged (or stayed silent) once already.
     */
    static boolean acknowledged(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn turn = history.get(i);
            if (turn.author() == Author.STAFF) {
                return true;
            }
            if (turn.author() == Author.BOT) {
                return turn.text().isBlank() || ACKNOWLEDGMENTS.contains(turn.text().strip());
            }
        }
        return false;
    }

    /** True when, among the assistant's and staff's messages, staff wrote the latest. */
    static boolean staffWroteLast(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Author author = history.get(i).author();
            if (author == Author.STAFF) {
                return true;
            }
            if (author == Author.BOT) {
                return false;
            }
        }
        return false;
    }

    /** The user's last questions, oldest first, skipping small talk, feedback and requests for a person. */
    static List<String> previousQuestions(List<Turn> history, int max) {
        List<String> out = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && out.size() < max; i--) {
            Turn turn = history.get(i);
            if (turn.author() == Author.STAFF) {
                break;
            }
            if (turn.author() == Author.USER && isQuestion(turn.text())) {
                out.add(QuestionFocus.of(turn.text()).question());
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** How many of the user's messages since staff last wrote were negative feedback. */
    static int negativeFeedback(List<Turn> history) {
        int count = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn turn = history.get(i);
            if (turn.author() == Author.STAFF) {
                break;
            }
            if (turn.author() == Author.USER && MessageSignals.isNegativeFeedback(turn.text())) {
                count++;
            }
        }
        return count;
    }

    private static boolean isQuestion(String message) {
        String text = QuestionFocus.of(message).body();
        return !text.isBlank() && MessageSignals.smallTalk(text) == MessageSignals.SmallTalk.NONE
                && !MessageSignals.isNegativeFeedback(text) && !MessageSignals.asksForPerson(text)
                && Terms.contentWordCount(text) > 0;
    }
}
