package org.osee.bot.answer.eval;

import java.util.List;
import java.util.Objects;
import org.osee.bot.domain.Decision;

/**
 * What the assistant did with one evaluation question.
 *
 * @param question      the question
 * @param decision      the assistant's decision
 * @param cited         the sources it cited, in order
 * @param citedExpected true when at least one cited source is among the expected ones
 * @param confidence    the reply's confidence
 * @param latencyNanos  how long the reply took
 * @param answer        the reply's text
 * @param language      the reply's language
 */
public record EvalOutcome(EvalQuestion question, Decision decision, List<String> cited, boolean citedExpected,
                          double confidence, long latencyNanos, String answer, String language) {
    public EvalOutcome {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(decision, "decision");
        cited = List.copyOf(cited);
        answer = answer == null ? "" : answer;
        language = language == null ? "" : language;
    }

    /** An outcome whose reply text is not kept. */
    public EvalOutcome(EvalQuestion question, Decision decision, List<String> cited, boolean citedExpected,
                       double confidence, long latencyNanos) {
        this(question, decision, cited, citedExpected, confidence, latencyNanos, "", "");
    }

    /** True for an in-scope question answered with an expected source among the citations. */
    public boolean correctAnswer() {
        return question.inScope() && decision == Decision.ANSWER && citedExpected;
    }

    /** True when the outcome is what the question set expects: an answer in scope, no answer out of scope. */
    public boolean isRight() {
        return question.inScope() ? decision == Decision.ANSWER && citedExpected : decision != Decision.ANSWER;
    }
}
