package org.osee.knowledge.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;

/**
 * Computes document-level retrieval metrics: each question is run once for the top
 * {@value #DEPTH} passages, whose sources (de-duplicated, in order) are compared with the expected
 * ones. Out-of-scope questions are run (their results are listed) but not counted.
 */
public final class RetrievalEvaluator {
    public static final int DEPTH = 10;

    private RetrievalEvaluator() {
    }

    public static EvalReport evaluate(Retriever retriever, List<EvalQuestion> questions) {
        List<QuestionResult> results = new ArrayList<>();
        Sums sums = new Sums();
        for (EvalQuestion q : questions) {
            List<Passage> passages = retriever.retrieve(q.question(), DEPTH);
            List<String> sources = new ArrayList<>(new LinkedHashSet<>(passages.stream().map(Passage::source).toList()));
            QuestionResult result = judge(q, sources, passages.isEmpty() ? 0 : passages.get(0).score());
            results.add(result);
            if (q.inScope()) {
                sums.add(q, result);
            }
        }
        return sums.report(results);
    }

    static QuestionResult judge(EvalQuestion q, List<String> sources, double topScore) {
        List<String> top = sources.subList(0, Math.min(DEPTH, sources.size()));
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (String expected : q.expected()) {
            ranks.put(expected, top.indexOf(expected) + 1);
        }
        return new QuestionResult(q.id(), top, ranks, topScore);
    }

    /** Running totals over in-scope questions. */
    private static final class Sums {
        int n;
        double hit1;
        double hit5;
        double hit10;
        double recall5;
        double recall10;
        double mrr;
        double ndcg;

        void add(EvalQuestion q, QuestionResult r) {
            n++;
            int first = r.firstRank();
            hit1 += first == 1 ? 1 : 0;
            hit5 += first >= 1 && first <= 5 ? 1 : 0;
            hit10 += first >= 1 ? 1 : 0;
            mrr += first >= 1 ? 1.0 / first : 0;
            Set<String> expected = new HashSet<>(q.expected());
            recall5 += found(r.expectedRanks(), 5) / expected.size();
            recall10 += found(r.expectedRanks(), 10) / expected.size();
            ndcg += ndcg(r.retrieved(), expected);
        }

        EvalReport report(List<QuestionResult> results) {
            double d = Math.max(1, n);
            return new EvalReport(n, hit1 / d, hit5 / d, hit10 / d, recall5 / d, recall10 / d, mrr / d, ndcg / d,
                    results);
        }

        private static double found(Map<String, Integer> ranks, int k) {
            return ranks.values().stream().filter(r -> r >= 1 && r <= k).count();
        }

        private static double ndcg(List<String> retrieved, Set<String> expected) {
            double dcg = 0;
            for (int i = 0; i < retrieved.size(); i++) {
                if (expected.contains(retrieved.get(i))) {
                    dcg += 1 / log2(i + 2);
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(expected.size(), DEPTH); i++) {
                ideal += 1 / log2(i + 2);
            }
            return ideal == 0 ? 0 : dcg / ideal;
        }

        private static double log2(double x) {
            return Math.log(x) / Math.log(2);
        }
    }
}
