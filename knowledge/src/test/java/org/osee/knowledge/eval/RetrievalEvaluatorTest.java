package org.osee.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;

class RetrievalEvaluatorTest {

    private static Retriever returning(Map<String, List<String>> sourcesByQuestion) {
        return (query, top) -> sourcesByQuestion.getOrDefault(query, List.of()).stream()
                .map(s -> new Passage(s, s, "", null, "en", "text", 0.5))
                .limit(top)
                .toList();
    }

    @Test
    void computes_hit_recall_mrr_and_ndcg_over_in_scope_questions_only() {
        Retriever retriever = returning(Map.of(
                "q1", List.of("a", "b", "c"),
                "q2", List.of("x", "y", "z", "w", "v", "e1", "u", "e2"),
                "q3", List.of("n", "o"),
                "off", List.of("a")));
        List<EvalQuestion> questions = List.of(
                new EvalQuestion("1", "q1", List.of("a"), "in", "en"),
                new EvalQuestion("2", "q2", List.of("e1", "e2"), "in", "en"),
                new EvalQuestion("3", "q3", List.of("m"), "in", "en"),
                new EvalQuestion("4", "off", List.of(), "out", "en"));

        EvalReport report = RetrievalEvaluator.evaluate(retriever, questions);

        assertThat(report.questions()).isEqualTo(3);
        assertThat(report.hitAt1()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(report.hitAt5()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(report.hitAt10()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(report.recallAt5()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(report.recallAt10()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(report.mrrAt10()).isCloseTo((1 + 1 / 6.0) / 3, within(1e-9));
        double ndcgQ2 = (1 / log2(7) + 1 / log2(9)) / (1 + 1 / log2(3));
        assertThat(report.ndcgAt10()).isCloseTo((1 + ndcgQ2) / 3, within(1e-9));
        assertThat(report.results()).hasSize(4);
        assertThat(report.results().get(1).expectedRanks()).isEqualTo(Map.of("e1", 6, "e2", 8));
        assertThat(report.results().get(2).firstRank()).isZero();
    }

    @Test
    void counts_a_document_once_even_when_several_of_its_passages_come_back() {
        Retriever retriever = (q, top) -> List.of(
                new Passage("a", "", "", null, "en", "t", 0.9),
                new Passage("a", "", "", null, "en", "t", 0.8),
                new Passage("b", "", "", null, "en", "t", 0.7));

        EvalReport report = RetrievalEvaluator.evaluate(retriever,
                List.of(new EvalQuestion("1", "q", List.of("b"), "in", "en")));

        assertThat(report.results().get(0).retrieved()).containsExactly("a", "b");
        assertThat(report.mrrAt10()).isEqualTo(0.5);
    }

    @Test
    void lists_the_ranks_in_the_order_of_the_expected_sources() {
        List<String> expected = List.of("k", "j", "i", "h", "g", "f", "e", "d", "c", "b", "a");
        Retriever retriever = returning(Map.of("q", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")));

        EvalReport report = RetrievalEvaluator.evaluate(retriever,
                List.of(new EvalQuestion("1", "q", expected, "in", "en")));

        assertThat(report.results().get(0).expectedRanks().keySet()).containsExactlyElementsOf(expected);
        assertThat(report.results().get(0).expectedRanks().values()).containsExactly(0, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
