package org.osee.bot.answer;

import org.osee.knowledge.load.LanguageGuesser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osee.bot.answer.eval.AnswerEvaluator;
import org.osee.bot.answer.eval.AnswerHygiene;
import org.osee.bot.answer.eval.Calibration;
import org.osee.bot.answer.eval.EvalOutcome;
import org.osee.bot.answer.eval.EvalQuestion;
import org.osee.bot.answer.eval.EvalReport;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.KnowledgeConfig;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;

/**
 * Throwaway tuning runner (not a test): retrieves once per question (cached), then composes with a few composer
 * settings and prints, for each, the default-policy and 5-fold held-out answering figures and the hygiene.
 * Args: indexDir questions.jsonl...
 */
public final class ComposerTuning {
    public static void main(String[] args) throws Exception {
        List<EvalQuestion> questions = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            questions.addAll(DevQuestions.read(Path.of(args[i])));
        }
        LanguageGuesser languages = new LanguageGuesser();
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(Path.of(args[0])))) {
            Map<String, List<Passage>> cache = new ConcurrentHashMap<>();
            Retriever cached = (query, top) -> cache.computeIfAbsent(query + "\u0000" + top,
                    k -> kb.retriever().retrieve(query, top));
            for (double pw : new double[] {1.2}) {
                for (double keep : new double[] {0.6}) {
                    for (double cov : new double[] {0.25}) {
                        for (double fresh : new double[] {0.05}) {
                            var tuning = new ExtractiveComposer.Tuning(pw, 0.15, keep, cov, fresh, 2, 0.4, 0.75);
                            var composer = new ExtractiveComposer(10, 5, 900, tuning);
                            var obs = Calibration.observe(cached, composer, languages, AnswerPolicy.defaults(),
                                    questions);
                            List<EvalOutcome> def = Calibration.outcomes(obs, AnswerPolicy.defaults());
                            EvalReport d = AnswerEvaluator.report(def);
                            EvalReport cv = AnswerEvaluator.report(Calibration.crossValidate(obs,
                                    AnswerPolicy.defaults(), 5, 42).outcomes());
                            AnswerHygiene h = AnswerHygiene.of(def, languages);
                            if (System.getProperty("show") != null) {
                                def.stream().filter(o -> o.decision() == org.osee.bot.domain.Decision.ANSWER
                                        && AnswerHygiene.hasFragment(o.answer())).forEach(o -> System.out.println(
                                        "FRAGMENT " + o.question().id() + "\n" + o.answer() + "\n"));
                            }
                            var cvr = Calibration.crossValidate(obs, AnswerPolicy.defaults(), 5, 42);
                            System.out.println(cvr.folds() + " all: " + Calibration.fit(obs, AnswerPolicy.defaults()));
                            var fitted = Calibration.fit(obs, AnswerPolicy.defaults()).applyTo(AnswerPolicy.defaults());
                            EvalReport f = AnswerEvaluator.report(Calibration.outcomes(obs, fitted));
                            System.out.printf(Locale.ROOT, "fitted-all ans %.3f cit %.3f decl %.3f%n", f.answerRate(),
                                    f.correctCitationRate(), f.abstentionAccuracy());
                            System.out.printf(Locale.ROOT, "%s | default ans %.3f cit %.3f decl %.3f | cv ans %.3f "
                                            + "cit %.3f decl %.3f | frag %.3f mix %.3f nonguide %.3f%n", tuning,
                                    d.answerRate(), d.correctCitationRate(), d.abstentionAccuracy(), cv.answerRate(),
                                    cv.correctCitationRate(), cv.abstentionAccuracy(), h.fragments(), h.mixed(),
                                    h.nonGuide());
                        }
                    }
                }
            }
        }
    }
}
