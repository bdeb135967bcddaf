package org.osee.bot.answer.eval;

import java.util.List;
import java.util.Locale;

/**
 * Answering metrics over an evaluation set.
 *
 * @param inScope                 number of in-scope questions
 * @param outOfScope              number of out-of-scope questions
 * @param answerRate              share of in-scope questions answered (decision ANSWER)
 * @param correctCitationRate     share of answered in-scope questions citing at least one expected source
 * @param abstentionAccuracy      share of out-of-scope questions not answered (escalated or clarified)
 * @param p50Millis               median reply latency
 * @param p95Millis               95th percentile reply latency
 * @param p99Millis               99th percentile reply latency
 * @param outcomes                one outcome per question, in input order
 */
public record EvalReport(int inScope, int outOfScope, double answerRate, double correctCitationRate,
                         double abstentionAccuracy, double p50Millis, double p95Millis, double p99Millis,
                         List<EvalOutcome> outcomes) {
    public EvalReport {
        outcomes = List.copyOf(outcomes);
    }

    /** One line for a console: the three rates and the latency percentiles. */
    public String summary() {
        return String.format(Locale.ROOT,
                "in-scope %d: answered %.3f, correct citations %.3f | out-of-scope %d: declined %.3f"
                        + " | latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
                inScope, answerRate, correctCitationRate, outOfScope, abstentionAccuracy, p50Millis, p95Millis,
                p99Millis);
    }
}
