package org.osee.bot.answer.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.Assistant;

/**
 * Asks an {@link Assistant} every question of an evaluation set, each in a fresh conversation,
 * and measures answer rate, citation correctness, abstention on out-of-scope questions and latency.
 */
public final class AnswerEvaluator {
    private final Assistant assistant;

    /** Evaluates this assistant. */
    public AnswerEvaluator(Assistant assistant) {
        this.assistant = Objects.requireNonNull(assistant, "assistant");
    }

    /** Runs every question once, in order. */
    public EvalReport run(List<EvalQuestion> questions) {
        List<EvalOutcome> outcomes = new ArrayList<>();
        for (EvalQuestion q : questions) {
            ConversationSnapshot conversation = ConversationSnapshot.fresh("eval-" + q.id(), "eval");
            long start = System.nanoTime();
            Reply reply = assistant.reply(conversation, q.question());
            long elapsed = System.nanoTime() - start;
            List<String> cited = reply.citations().stream().map(Citation::source).toList();
            boolean hit = cited.stream().anyMatch(q.expected()::contains);
            outcomes.add(new EvalOutcome(q, reply.decision(), cited, hit, reply.confidence(), elapsed, reply.text(),
                    reply.language()));
        }
        return report(outcomes);
    }

    /** Computes the metrics of a list of outcomes. */
    public static EvalReport report(List<EvalOutcome> outcomes) {
        List<EvalOutcome> in = outcomes.stream().filter(o -> o.question().inScope()).toList();
        List<EvalOutcome> out = outcomes.stream().filter(o -> !o.question().inScope()).toList();
        List<EvalOutcome> answered = in.stream().filter(o -> o.decision() == Decision.ANSWER).toList();
        double answerRate = share(answered.size(), in.size());
        double correct = share(answered.stream().filter(EvalOutcome::citedExpected).count(), answered.size());
        double declined = share(out.stream().filter(o -> o.decision() != Decision.ANSWER).count(), out.size());
        double[] millis = outcomes.stream().mapToDouble(o -> o.latencyNanos() / 1e6).sorted().toArray();
        return new EvalReport(in.size(), out.size(), answerRate, correct, declined, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99), outcomes);
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        double[] values = sorted.clone();
        Arrays.sort(values);
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
