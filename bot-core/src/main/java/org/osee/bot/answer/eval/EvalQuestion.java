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
 * @param kind     the set's kind of question ("scenario", "paraphrase", "offtopic"...), empty when not given
 * @param evidence a short quote of the first expected source that answers the question, empty when not given
 */
public record EvalQuestion(String id, String question, List<String> expected, boolean inScope, String language,
                           String kind, String evidence) {
    public EvalQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        expected = expected == null ? List.of() : List.copyOf(expected);
        kind = kind == null ? "" : kind;
        evidence = evidence == null ? "" : evidence;
    }

    /** A question with no evidence quote. */
    public EvalQuestion(String id, String question, List<String> expected, boolean inScope, String language,
                        String kind) {
        this(id, question, expected, inScope, language, kind, "");
    }

    /** A question with no kind. */
    public EvalQuestion(String id, String question, List<String> expected, boolean inScope, String language) {
        this(id, question, expected, inScope, language, "");
    }

    /** The same question sent the way people write email (see {@link EmailWrap}). */
    public EvalQuestion asEmail() {
        return new EvalQuestion(id, EmailWrap.wrap(id, question, language), expected, inScope, language, kind,
                evidence);
    }
}
