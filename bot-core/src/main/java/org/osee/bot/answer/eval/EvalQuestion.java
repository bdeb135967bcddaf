package org.osee.bot.answer.eval;

import java.util.List;
import java.util.Objects;

/**
 * One question of an evaluation set.
 *
 * @param id       unique id
 * @param question the question as a user would write it
 * @param expected sources (paths relative to the ingested folder) that answer it; empty when out of scope
 * @param inScope  true when the documents answer it
 * @param language ISO 639-1 code of the question, may be {@code null}
 */
public record EvalQuestion(String id, String question, List<String> expected, boolean inScope, String language) {
    public EvalQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        expected = expected == null ? List.of() : List.copyOf(expected);
    }
}
