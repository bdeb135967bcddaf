package org.osee.bot.answer.eval;

import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.osee.bot.domain.Decision;
import org.osee.bot.answer.Terms;

/**
 * Whether answers quote what answers the question, where a question set says what that is: of the answered in-scope
 * questions with an evidence quote whose answer cites the quote's document (the first expected source), the share
 * whose text holds the quote. A quote is held when its words appear in the answer in a row, compared folded (case,
 * accents, punctuation and markup do not count); a quote with an ellipsis is held when each of its pieces is. Answers
 * citing another expected document are not counted: the quote is of the first one only.
 *
 * @param answers answers counted
 * @param quoted  share of them holding the quote
 */
public record EvidenceQuoting(int answers, double quoted) {
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|…");

    /** The figures of a run's outcomes. */
    public static EvidenceQuoting of(List<EvalOutcome> outcomes) {
        int answers = 0;
        int quoted = 0;
        for (EvalOutcome o : outcomes) {
            Boolean verdict = verdict(o);
            if (verdict != null) {
                answers++;
                quoted += verdict ? 1 : 0;
            }
        }
        return new EvidenceQuoting(answers, answers == 0 ? 0 : quoted / (double) answers);
    }

    /**
     * Whether one answer holds its question's evidence quote; {@code null} when it does not count (no quote, not an
     * answer, or not citing the quote's document).
     */
    public static Boolean verdict(EvalOutcome o) {
        EvalQuestion q = o.question();
        if (!q.inScope() || o.decision() != Decision.ANSWER || q.evidence().isBlank() || q.expected().isEmpty()
                || !o.cited().contains(q.expected().get(0))) {
            return null;
        }
        return holds(o.answer(), q.evidence());
    }

    /** True when every piece of the quote (split at ellipses) appears in the text as a run of words. */
    public static boolean holds(String text, String quote) {
        List<String> words = Terms.tokens(text);
        boolean any = false;
        for (String piece : ELLIPSIS.split(quote)) {
            List<String> wanted = Terms.tokens(piece);
            if (wanted.isEmpty()) {
                continue;
            }
            any = true;
            if (Collections.indexOfSubList(words, wanted) < 0) {
                return false;
            }
        }
        return any;
    }
}
