package org.osee.bot.answer.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.osee.bot.domain.Decision;

/**
 * Answering figures for one group of questions (one kind, one language).
 *
 * @param inScope        in-scope questions in the group
 * @param answered       share of them answered
 * @param correctOverall share of them answered with an expected source cited
 * @param outOfScope     out-of-scope questions in the group
 * @param declined       share of them not answered
 */
public record EvalBreakdown(int inScope, double answered, double correctOverall, int outOfScope, double declined) {

    /** Figures of a list of outcomes. */
    public static EvalBreakdown of(List<EvalOutcome> outcomes) {
        List<EvalOutcome> in = outcomes.stream().filter(o -> o.question().inScope()).toList();
        List<EvalOutcome> out = outcomes.stream().filter(o -> !o.question().inScope()).toList();
        return new EvalBreakdown(in.size(), share(in.stream().filter(o -> o.decision() == Decision.ANSWER).count(),
                in.size()), share(in.stream().filter(EvalOutcome::correctAnswer).count(), in.size()), out.size(),
                share(out.stream().filter(o -> o.decision() != Decision.ANSWER).count(), out.size()));
    }

    /** Figures per question kind ("scenario", "paraphrase"...), sorted by kind. */
    public static Map<String, EvalBreakdown> byKind(List<EvalOutcome> outcomes) {
        return by(outcomes, o -> o.question().kind().isEmpty() ? "-" : o.question().kind());
    }

    /** Figures per question language, sorted by language. */
    public static Map<String, EvalBreakdown> byLanguage(List<EvalOutcome> outcomes) {
        return by(outcomes, o -> o.question().language() == null ? "-" : o.question().language());
    }

    private static Map<String, EvalBreakdown> by(List<EvalOutcome> outcomes, Function<EvalOutcome, String> key) {
        Map<String, List<EvalOutcome>> groups = new TreeMap<>();
        outcomes.forEach(o -> groups.computeIfAbsent(key.apply(o), k -> new java.util.ArrayList<>()).add(o));
        Map<String, EvalBreakdown> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, of(v)));
        return out;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
