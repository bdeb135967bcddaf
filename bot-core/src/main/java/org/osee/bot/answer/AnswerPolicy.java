package org.osee.bot.answer;

import org.osee.knowledge.BadInputException;

/**
 * The thresholds that steer {@link GroundedAssistant}'s decisions. Tuned on a development question
 * set; {@link #defaults()} holds the tuned values.
 *
 * @param maxMessageChars         longer messages are refused unread (no retrieval)
 * @param retrieveTop             how many passages to ask the retriever for
 * @param minTopScore             below this top passage score the assistant abstains and offers a person
 * @param confidentScore          below this top score retrieval alone does not convince: a short question is
 *                                asked to say more, a longer one needs a sentence with {@code minSupport}
 * @param minContentWords         a first question with fewer content words than this is too vague to retrieve on
 * @param shortQuestionWords      questions with at most this many content words count as short
 * @param followUpHistoryTurns    how many earlier user questions a follow-up is combined with
 * @param sameLanguageBonus       added to the score of passages in the user's language when ranking them
 * @param negativeFeedbackLimit   this many "that's wrong / not helpful" messages escalate the conversation
 * @param nameOverrideScore       a question naming something no retrieved passage mentions is declined unless
 *                                its top score reaches this
 * @param minSupport              when the top score is below {@code confidentScore}, the best excerpt (up to
 *                                three consecutive sentences or items, see {@link ExtractiveComposer#support})
 *                                must cover at least this share of the weighted terms of the question's asking
 *                                sentences, or of the whole message, or the assistant declines
 * @param otherLanguageScale      factor applied to the score thresholds for questions not in English (see
 *                                {@link #scale(String)})
 */
public record AnswerPolicy(int maxMessageChars, int retrieveTop, double minTopScore, double confidentScore,
                           int minContentWords, int shortQuestionWords, int followUpHistoryTurns,
                           double sameLanguageBonus, int negativeFeedbackLimit, double nameOverrideScore,
                           double minSupport, double otherLanguageScale) {
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
        unit("nameOverrideScore", nameOverrideScore);
        unit("minSupport", minSupport);
        unit("otherLanguageScale", otherLanguageScale);
        if (otherLanguageScale == 0) {
            throw new BadInputException("otherLanguageScale must be above 0");
        }
    }

    /**
     * The score thresholds for a question in {@code language}: as they are for English; for other languages
     * multiplied by {@code otherLanguageScale}, because the retriever gives the English-only embedding model half
     * its weight for them, so equally relevant passages score lower.
     */
    public double scale(String language) {
        return "en".equals(language) ? 1.0 : otherLanguageScale;
    }

    /**
     * The thresholds fitted on both development sets together (219 questions, English, French, Spanish and
     * Portuguese) by {@code osee eval --folds 5}, which also reports how thresholds fitted this way do on held-out
     * folds. They are absolute scores of the knowledge module's hybrid retriever: re-fit them when its scoring
     * changes. {@code otherLanguageScale} is 1: every language is held to the same thresholds.
     */
    public static AnswerPolicy defaults() {
        return new AnswerPolicy(DEFAULT_MAX_MESSAGE_CHARS, 10, 0.28, 0.52, 2, 3, 2, 0.05, 2, 0.60, 0.20, 1.0);
    }

    /**
     * Whether the evidence grounds an answer: the best passage scores at least {@code minTopScore}; a question
     * naming something no passage mentions needs {@code nameOverrideScore}; below {@code confidentScore} the best
     * excerpt must cover {@code minSupport} of the question. No threshold depends on the question's length or
     * language.
     */
    public boolean grounded(Evidence evidence) {
        double top = evidence.top();
        return top >= minTopScore && (top >= nameOverrideScore || !evidence.missingNames())
                && (top >= confidentScore || evidence.support() >= minSupport);
    }

    /** A copy with other score thresholds: abstention, confidence, name override and sentence support. */
    public AnswerPolicy withThresholds(double minTop, double confident, double nameOverride, double support) {
        return new AnswerPolicy(maxMessageChars, retrieveTop, minTop, confident, minContentWords, shortQuestionWords,
                followUpHistoryTurns, sameLanguageBonus, negativeFeedbackLimit, nameOverride, support,
                otherLanguageScale);
    }

    /** A copy with another abstention threshold. */
    public AnswerPolicy withMinTopScore(double value) {
        return new AnswerPolicy(maxMessageChars, retrieveTop, value, Math.max(value, confidentScore),
                minContentWords, shortQuestionWords, followUpHistoryTurns, sameLanguageBonus, negativeFeedbackLimit,
                nameOverrideScore, minSupport, otherLanguageScale);
    }

    /** A copy with another threshold for short questions. */
    public AnswerPolicy withConfidentScore(double value) {
        return new AnswerPolicy(maxMessageChars, retrieveTop, minTopScore, value, minContentWords,
                shortQuestionWords, followUpHistoryTurns, sameLanguageBonus, negativeFeedbackLimit, nameOverrideScore,
                minSupport, otherLanguageScale);
    }

    /** A copy with another size cap. */
    public AnswerPolicy withMaxMessageChars(int value) {
        return new AnswerPolicy(value, retrieveTop, minTopScore, confidentScore, minContentWords,
                shortQuestionWords, followUpHistoryTurns, sameLanguageBonus, negativeFeedbackLimit, nameOverrideScore,
                minSupport, otherLanguageScale);
    }

    /** A copy asking the retriever for another number of passages. */
    public AnswerPolicy withRetrieveTop(int value) {
        return new AnswerPolicy(maxMessageChars, value, minTopScore, confidentScore, minContentWords,
                shortQuestionWords, followUpHistoryTurns, sameLanguageBonus, negativeFeedbackLimit, nameOverrideScore,
                minSupport, otherLanguageScale);
    }

    /** A copy with another factor for the thresholds of questions not in English. */
    public AnswerPolicy withOtherLanguageScale(double value) {
        return new AnswerPolicy(maxMessageChars, retrieveTop, minTopScore, confidentScore, minContentWords,
                shortQuestionWords, followUpHistoryTurns, sameLanguageBonus, negativeFeedbackLimit, nameOverrideScore,
                minSupport, value);
    }

    /** A copy with other grounding checks. */
    public AnswerPolicy withGrounding(double nameOverride, double support) {
        return new AnswerPolicy(maxMessageChars, retrieveTop, minTopScore, confidentScore, minContentWords,
                shortQuestionWords, followUpHistoryTurns, sameLanguageBonus, negativeFeedbackLimit, nameOverride,
                support, otherLanguageScale);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new BadInputException(name + " must be positive, was " + value);
        }
    }

    private static void unit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new BadInputException(name + " must be in 0..1, was " + value);
        }
    }
}
