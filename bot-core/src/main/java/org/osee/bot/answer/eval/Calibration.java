package org.osee.bot.answer.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.osee.bot.answer.AnswerPolicy;
import org.osee.bot.answer.Composer;
import org.osee.bot.answer.Evidence;
import org.osee.bot.answer.GroundedAssistant;
import org.osee.bot.answer.LanguageGuesser;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.Reply;
import org.osee.knowledge.Retriever;

/**
 * Fits the {@link AnswerPolicy}'s four score thresholds with k-fold cross validation. Every question is asked once
 * with all thresholds at 0, recording the evidence the decision rests on and the answer the composer writes; the
 * decision under any thresholds is then a function of that record, so a grid search is cheap. Figures from the
 * held-out folds say how the thresholds do on questions they were not fitted on. Nothing here knows any question:
 * the objective is the balanced share of right outcomes (in scope: answered citing an expected document; out of
 * scope: not answered).
 */
public final class Calibration {
    /** A coarse grid: finer steps fit the folds' noise, not the questions to come. */
    private static final double[] MIN_TOP = range(0.20, 0.60, 0.04);
    private static final double[] CONFIDENT_STEP = range(0.0, 0.40, 0.08);
    private static final double[] NAME_OVERRIDE = range(0.50, 1.0, 0.10);
    private static final double[] SUPPORT = range(0.0, 0.60, 0.10);

    /** The four thresholds the calibration fits. */
    public record Thresholds(double minTop, double confident, double nameOverride, double support) {
        /** The policy with these thresholds. */
        public AnswerPolicy applyTo(AnswerPolicy policy) {
            return policy.withThresholds(minTop, confident, nameOverride, support);
        }

        /** The thresholds of a policy. */
        public static Thresholds of(AnswerPolicy p) {
            return new Thresholds(p.minTopScore(), p.confidentScore(), p.nameOverrideScore(), p.minSupport());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "minTop %.2f, confident %.2f, nameOverride %.2f, support %.2f", minTop,
                    confident, nameOverride, support);
        }
    }

    /**
     * One question asked with every threshold at 0.
     *
     * @param question the question
     * @param evidence what the decision would rest on, or {@code null} when the assistant decided before retrieval
     * @param open     the reply with every threshold at 0
     * @param nanos    how long the reply took
     */
    public record Observation(EvalQuestion question, Evidence evidence, Reply open, long nanos) {
        public Observation {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(open, "open");
        }

        /** The outcome under the given thresholds. */
        EvalOutcome outcome(AnswerPolicy policy) {
            boolean answers = open.decision() == Decision.ANSWER && (evidence == null || policy.grounded(evidence));
            Decision decision = answers ? Decision.ANSWER : evidence == null ? open.decision() : Decision.DECLINE;
            List<String> cited = answers ? open.citations().stream().map(Citation::source).toList() : List.of();
            boolean hit = cited.stream().anyMatch(question.expected()::contains);
            return new EvalOutcome(question, decision, cited, hit, open.confidence(), nanos,
                    answers ? open.text() : "", open.language());
        }
    }

    /** Held-out outcomes (each question judged by thresholds fitted without it) and the thresholds of each fold. */
    public record CrossValidated(List<EvalOutcome> outcomes, List<Thresholds> folds) {
        public CrossValidated {
            outcomes = List.copyOf(outcomes);
            folds = List.copyOf(folds);
        }
    }

    private Calibration() {
    }

    /** Asks every question once, in a fresh conversation, with every threshold at 0. */
    public static List<Observation> observe(Retriever retriever, Composer composer, LanguageGuesser languages,
                                            AnswerPolicy base, List<EvalQuestion> questions) {
        AtomicReference<Evidence> seen = new AtomicReference<>();
        GroundedAssistant open = new GroundedAssistant(retriever, composer, base.withThresholds(0, 0, 0, 0), languages,
                seen::set);
        List<Observation> out = new ArrayList<>();
        for (EvalQuestion q : questions) {
            seen.set(null);
            long start = System.nanoTime();
            Reply reply = open.reply(ConversationSnapshot.fresh("calibrate-" + q.id(), "eval"), q.question());
            out.add(new Observation(q, seen.get(), reply, System.nanoTime() - start));
        }
        return out;
    }

    /** The outcomes of every observation under one policy. */
    public static List<EvalOutcome> outcomes(List<Observation> observations, AnswerPolicy policy) {
        return observations.stream().map(o -> o.outcome(policy)).toList();
    }

    /** The thresholds that maximise the balanced share of right outcomes on these observations. */
    public static Thresholds fit(List<Observation> observations, AnswerPolicy base) {
        Fast fast = new Fast(observations);
        Thresholds best = Thresholds.of(base);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double minTop : MIN_TOP) {
            for (double step : CONFIDENT_STEP) {
                for (double name : NAME_OVERRIDE) {
                    for (double support : SUPPORT) {
                        Thresholds t = new Thresholds(minTop, Math.min(1, minTop + step), Math.max(minTop, name),
                                support);
                        double score = fast.objective(t);
                        if (score > bestScore + 1e-9) {
                            bestScore = score;
                            best = t;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** The observations as arrays, for the grid search; same decision rule as {@link AnswerPolicy#grounded}. */
    private static final class Fast {
        private final boolean[] inScope;
        private final boolean[] fixed;
        private final boolean[] fixedAnswer;
        private final boolean[] hit;
        private final double[] top;
        private final boolean[] missing;
        private final double[] support;
        private final int in;
        private final int out;

        Fast(List<Observation> observations) {
            int n = observations.size();
            inScope = new boolean[n];
            fixed = new boolean[n];
            fixedAnswer = new boolean[n];
            hit = new boolean[n];
            top = new double[n];
            missing = new boolean[n];
            support = new double[n];
            int ins = 0;
            for (int i = 0; i < n; i++) {
                Observation o = observations.get(i);
                inScope[i] = o.question().inScope();
                ins += inScope[i] ? 1 : 0;
                boolean answers = o.open().decision() == Decision.ANSWER;
                fixed[i] = !answers || o.evidence() == null;
                hit[i] = answers && o.open().citations().stream().map(Citation::source)
                        .anyMatch(o.question().expected()::contains);
                if (o.evidence() != null) {
                    top[i] = o.evidence().top();
                    missing[i] = o.evidence().missingNames();
                    support[i] = o.evidence().support();
                }
                fixedAnswer[i] = answers && o.evidence() == null; // answered before retrieval (small talk)
            }
            in = ins;
            out = n - ins;
        }

        double objective(Thresholds t) {
            int correct = 0;
            int declined = 0;
            for (int i = 0; i < inScope.length; i++) {
                boolean answers = fixed[i] ? fixedAnswer[i] : top[i] >= t.minTop()
                        && (top[i] >= t.nameOverride() || !missing[i]) && (top[i] >= t.confident()
                        || support[i] >= t.support());
                if (inScope[i]) {
                    correct += answers && hit[i] ? 1 : 0;
                } else {
                    declined += answers ? 0 : 1;
                }
            }
            return 0.5 * (in == 0 ? 0 : correct / (double) in) + 0.5 * (out == 0 ? 0 : declined / (double) out);
        }
    }

    /** k-fold cross validation: folds drawn with a fixed seed, each judged by thresholds fitted on the others. */
    public static CrossValidated crossValidate(List<Observation> observations, AnswerPolicy base, int k, long seed) {
        if (k < 2 || k > observations.size()) {
            throw new IllegalArgumentException("k must be in 2.." + observations.size() + ", was " + k);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        EvalOutcome[] heldOut = new EvalOutcome[observations.size()];
        List<Thresholds> folds = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<Observation> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                if (i % k == fold) {
                    test.add(order.get(i));
                } else {
                    train.add(observations.get(order.get(i)));
                }
            }
            Thresholds fitted = fit(train, base);
            folds.add(fitted);
            AnswerPolicy policy = fitted.applyTo(base);
            test.forEach(i -> heldOut[i] = observations.get(i).outcome(policy));
        }
        return new CrossValidated(List.of(heldOut), folds);
    }

    private static double[] range(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.round((from + i * step) * 1000) / 1000.0;
        }
        return out;
    }
}
