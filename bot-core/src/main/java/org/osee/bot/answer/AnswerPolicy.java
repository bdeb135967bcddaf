package org.osee.bot.answer;

/**
 * The thresholds that steer {@link GroundedAssistant}'s decisions. Tuned on a development question
 * set; {@link #defaults()} holds the tuned values.
 *
 * @param maxMessageChars         longer messages are refused unread (no retrieval)
 * @param retrieveTop             how many passages to ask the retriever for
 * @param minTopScore             below this top passage score the assistant abstains and offers a person
 * @param confidentScore          a short question whose top score stays below this is asked to say more
 * @param minContentWords         a first question with fewer content words than this is too vague to retrieve on
 * @param shortQuestionWords      questions with at most this many content words count as short
 * @param followUpHistoryTurns    how many earlier user questions a follow-up is combined with
 * @param sameLanguageBonus       added to the score of passages in the user's language when ranking them
 * @param negativeFeedbackLimit   this many "that's wrong / not helpful" messages escalate the conversation
 */
public record AnswerPolicy(int maxMessageChars, int retrieveTop, double minTopScore, double confidentScore,
                           int minContentWords, int shortQuestionWords, int followUpHistoryTurns,
                           double sameLanguageBonus, int negativeFeedbackLimit) {
    /** 16 KB of text. */
    public static final int DEFAULT_MAX_MESSAGE_CHARS = 16 * 1024;

    public AnswerPolicy {
        positive("maxMessageChars", maxMessageChars);
        positive("retrieveTop", retrieveTop);
        unit("minTopScore", minTopScore);
        unit("confidentScore", confidentScore);
        positive("minContentWords", minContentWords);
        positive("shortQuestionWords", shortQuestionWords);
        positive("followUpHistoryTurns", followUpHistoryTurns);
        unit("sameLanguageBonus", sameLanguageBonus);
        positive("negativeFeedbackLimit", negativeFeedbackLimit);
    }

    /** The values tuned on the development set. */
    public static AnswerPolicy defaults() {
        return new AnswerPolicy(DEFAULT_MAX_MESSAGE_CHARS, 6, 0.30, 0.45, 2, 3, 2, 0.05, 2);
    }

    /** A copy with another abstention threshold. */
    public AnswerPolicy withMinTopScore(double value) {
        return new AnswerPolicy(maxMessageChars, retrieveTop, value, Math.max(value, confidentScore),
                minContentWords, shortQuestionWords, followUpHistoryTurns, sameLanguageBonus, negativeFeedbackLimit);
    }

    /** A copy with another threshold for short questions. */
    public AnswerPolicy withConfidentScore(double value) {
        return new AnswerPolicy(maxMessageChars, retrieveTop, minTopScore, value, minContentWords,
                shortQuestionWords, followUpHistoryTurns, sameLanguageBonus, negativeFeedbackLimit);
    }

    /** A copy with another size cap. */
    public AnswerPolicy withMaxMessageChars(int value) {
        return new AnswerPolicy(value, retrieveTop, minTopScore, confidentScore, minContentWords,
                shortQuestionWords, followUpHistoryTurns, sameLanguageBonus, negativeFeedbackLimit);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    private static void unit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in 0..1, was " + value);
        }
    }
}
