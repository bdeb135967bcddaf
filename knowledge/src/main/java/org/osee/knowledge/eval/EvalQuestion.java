package org.osee.knowledge.eval;

import java.util.List;
import java.util.Objects;

/**
 * One question of a retrieval evaluation set.
 *
 * @param id       unique id
 * @param question the question text
 * @param expected sources (relative paths, {@code /} separators) that answer it; empty when out of scope
 * @param scope    "in" when the corpus answers the question, "out" otherwise
 * @param lang     language of the question, informative
 */
public record EvalQuestion(String id, String question, List<String> expected, String scope, String lang) {
    public EvalQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        expected = expected == null ? List.of() : List.copyOf(expected);
        scope = scope == null ? (expected.isEmpty() ? "out" : "in") : scope;
    }

    /** True for questions the metrics count: scope "in" with at least one expected source. */
    public boolean inScope() {
        return "in".equals(scope) && !expected.isEmpty();
    }
}
