package org.osee.bot.answer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.Assistant;

class AnswerEvaluatorTest {
    private static Reply answer(String source) {
        return new Reply(Decision.ANSWER, "text [1]", 0.8, "en", List.of(new Citation(source, "", "", null)), null,
                false);
    }

    @Test
    void computes_answer_rate_citation_correctness_and_abstention_accuracy() {
        Assistant assistant = (conversation, message) -> switch (message) {
            case "q1" -> answer("a.md");
            case "q2" -> answer("wrong.md");
            case "q3" -> new Reply(Decision.ESCALATE, "no", 0.1, "en", List.of(), EscalationReason.LOW_CONFIDENCE, false);
            case "q4" -> new Reply(Decision.CLARIFY, "more?", 0, "en", List.of(), null, false);
            default -> answer("x.md");
        };
        List<EvalQuestion> questions = List.of(
                new EvalQuestion("1", "q1", List.of("a.md", "b.md"), true, "en"),
                new EvalQuestion("2", "q2", List.of("a.md"), true, "en"),
                new EvalQuestion("3", "q3", List.of("c.md"), true, "en"),
                new EvalQuestion("4", "q4", List.of(), false, "en"),
                new EvalQuestion("5", "q5", List.of(), false, "en"));

        EvalReport report = new AnswerEvaluator(assistant).run(questions);

        assertThat(report.inScope()).isEqualTo(3);
        assertThat(report.answerRate()).isEqualTo(2 / 3.0);
        assertThat(report.correctCitationRate()).isEqualTo(0.5);
        assertThat(report.abstentionAccuracy()).isEqualTo(0.5);
        assertThat(report.outcomes()).extracting(EvalOutcome::isRight).containsExactly(true, false, false, true, false);
        assertThat(report.p99Millis()).isGreaterThanOrEqualTo(report.p50Millis());
        assertThat(report.summary()).contains("answered 0.667");
    }

    @Test
    void takes_nearest_rank_percentiles() {
        double[] values = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};

        assertThat(AnswerEvaluator.percentile(values, 50)).isEqualTo(5);
        assertThat(AnswerEvaluator.percentile(values, 99)).isEqualTo(10);
        assertThat(AnswerEvaluator.percentile(new double[0], 50)).isZero();
    }
}
