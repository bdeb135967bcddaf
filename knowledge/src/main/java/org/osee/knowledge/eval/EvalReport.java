package org.osee.knowledge.eval;

import java.util.List;
import java.util.Locale;

/**
 * Document-level retrieval metrics over the in-scope questions of a set.
 *
 * @param questions  in-scope questions counted
 * @param hitAt1     share of questions with an expected source at rank 1
 * @param hitAt5     share with at least one expected source in the top 5 (often called recall@5)
 * @param hitAt10    same in the top 10
 * @param recallAt5  share of each question's expected sources found in the top 5, averaged
 * @param recallAt10 same in the top 10
 * @param mrrAt10    mean reciprocal rank of the first expected source (0 beyond rank 10)
 * @param ndcgAt10   mean nDCG@10 with binary relevance
 * @param results    per-question details, in input order (in-scope and out-of-scope)
 */
public record EvalReport(int questions, double hitAt1, double hitAt5, double hitAt10, double recallAt5,
                         double recallAt10, double mrrAt10, double ndcgAt10, List<QuestionResult> results) {
    public EvalReport {
        results = List.copyOf(results);
    }

    /** One line for logs and terminals. */
    public String summary() {
        return String.format(Locale.ROOT,
                "n=%d hit@1=%.3f hit@5=%.3f hit@10=%.3f recall@5=%.3f recall@10=%.3f MRR@10=%.3f nDCG@10=%.3f",
                questions, hitAt1, hitAt5, hitAt10, recallAt5, recallAt10, mrrAt10, ndcgAt10);
    }
}
