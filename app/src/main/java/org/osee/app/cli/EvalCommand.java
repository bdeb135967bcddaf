package org.osee.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.osee.app.eval.EvalQuestions;
import org.osee.bot.answer.eval.AnswerEvaluator;
import org.osee.bot.answer.AnswerPolicy;
import org.osee.bot.answer.ExtractiveComposer;
import org.osee.knowledge.load.LanguageGuesser;
import org.osee.bot.answer.eval.Calibration;
import org.osee.bot.answer.eval.EvalOutcome;
import org.osee.bot.answer.eval.AnswerHygiene;
import org.osee.bot.answer.eval.EvalBreakdown;
import org.osee.bot.answer.eval.EvidenceQuoting;
import org.osee.app.eval.Baselines;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.Retriever;
import org.osee.knowledge.eval.EvalQuestion;
import org.osee.knowledge.eval.EvalReport;
import org.osee.knowledge.eval.RetrievalEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code osee eval}: retrieval and answering metrics on a question file, optionally beside two baselines. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate retrieval (recall@1/5/10, MRR@10, nDCG@10) and answering (answer rate, correct "
                + "citations, abstention) on a JSON Lines question file with expected sources.")
public final class EvalCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EvalCommand.class);

    @Mixin
    DataOption data;

    @Option(names = "--questions", required = true, paramLabel = "FILE",
            description = "JSON Lines: id, question, expected (sources), scope (in|out), lang, kind, evidence (a quote "
                    + "of the first expected source that answers it). Repeat the option "
                    + "to evaluate several files together.")
    List<Path> questions;

    @Option(names = "--email", description = "Also ask every question wrapped as an email (an informative subject "
            + "from its first words, a greeting, the question, a sign-off, a name and a job title) and report those "
            + "answering figures beside the bare ones.")
    boolean email;

    @Option(names = "--baselines", paramLabel = "CORPUS",
            description = "Also evaluate plain BM25 over whole files and langchain4j's RAG recipe (300/30 splitter, "
                    + "all-MiniLM-L6-v2, in-memory store), both built from this folder in the same run. Only in "
                    + "tools/bench/osee-bench: osee.jar does not carry them.")
    Path baselineCorpus;

    @Option(names = "--json", description = "Print one JSON object with every figure.")
    boolean json;

    @Option(names = "--details", description = "Print per-question ranks (retrieval), the evidence each answer "
            + "decision rests on and the outcomes to standard error.")
    boolean details;

    @Override
    public Integer call() throws Exception {
        Baselines installedBaselines = null;
        if (baselineCorpus != null) {
            if (!Files.isDirectory(baselineCorpus)) {
                throw new BadInputException("--baselines needs a folder, got " + baselineCorpus);
            }
            installedBaselines = Baselines.installed();
        }
        List<EvalQuestions.Question> qs = new ArrayList<>();
        questions.forEach(file -> qs.addAll(EvalQuestions.read(file)));
        List<EvalQuestion> retrievalQuestions = qs.stream()
                .map(q -> new EvalQuestion(q.id(), q.question(), q.expected(), q.scope(), q.lang())).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("questions", qs.size());
        out.put("in_scope", qs.stream().filter(EvalQuestions.Question::inScope).count());
        Map<String, Object> retrieval = new LinkedHashMap<>();
        try (KnowledgeBase kb = Knowledge.openExisting(data.resolve())) {
            retrieval.put("hybrid", figures(RetrievalEvaluator.evaluate(kb.retriever(), retrievalQuestions), "hybrid"));
            List<org.osee.bot.answer.eval.EvalQuestion> bare = qs.stream().map(q -> new org.osee.bot.answer.eval
                    .EvalQuestion(q.id(), q.question(), q.expected(), q.inScope(), q.lang(), q.kind(), q.evidence()))
                    .toList();
            observed.put("answering", observe(kb, bare));
            if (email) {
                observed.put("answering_email", observe(kb, bare.stream()
                        .map(org.osee.bot.answer.eval.EvalQuestion::asEmail).toList()));
            }
        }
        if (installedBaselines != null) {
            retrieval.putAll(baselines(installedBaselines, retrievalQuestions));
        }
        out.put("retrieval", retrieval);
        AnswerPolicy policy = AnswerPolicy.defaults();
        observed.forEach((mode, observations) -> {
            if (details) {
                observations.forEach(o -> System.err.printf(Locale.ROOT, "evidence-%s %-5s %-3s %-3s %s %s%n",
                        mode, o.question().id(), o.question().inScope() ? "in" : "out", o.question().language(),
                        o.evidence(), o.open().decision().wire()));
            }
            Map<String, Object> modes = new LinkedHashMap<>();
            modes.put("default", answering(Calibration.outcomes(observations, policy), mode + "-default"));
            modes.put("default_thresholds", Calibration.Thresholds.of(policy).toString());
            if (folds > 0) {
                Calibration.Thresholds all = Calibration.fit(observations, policy);
                modes.put("fitted_all", answering(Calibration.outcomes(observations, all.applyTo(policy)),
                        mode + "-fitted"));
                modes.put("fitted_all_thresholds", all.toString());
                Calibration.CrossValidated cv = Calibration.crossValidate(observations, policy, folds, SEED);
                modes.put("held_out", answering(cv.outcomes(), mode + "-heldout"));
                modes.put("held_out_fold_thresholds", cv.folds().stream().map(Object::toString).toList());
            }
            out.put(mode, modes);
        });
        print(out);
        return 0;
    }

    private static final LanguageGuesser LANGUAGES = new LanguageGuesser();
    private static final long SEED = 42;
    private final Map<String, List<Calibration.Observation>> observed = new LinkedHashMap<>();

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
            description = "Fit the answer policy's score thresholds with K-fold cross validation over all the given "
                    + "questions and report the held-out-fold figures beside those of the default thresholds and of "
                    + "thresholds fitted on everything (default: ${DEFAULT-VALUE}; 0: no fitting).")
    int folds;

    private static List<Calibration.Observation> observe(KnowledgeBase kb,
                                                         List<org.osee.bot.answer.eval.EvalQuestion> questions) {
        return Calibration.observe(kb.retriever(), new ExtractiveComposer(kb.retriever()::inEnglish), LANGUAGES, AnswerPolicy.defaults(),
                questions);
    }

    private Map<String, Object> answering(List<EvalOutcome> outcomes, String mode) {
        org.osee.bot.answer.eval.EvalReport answers = AnswerEvaluator.report(outcomes);
        if (details) {
            answers.outcomes().forEach(o -> System.err.printf("answer-%s %-5s %-5s %-3s %-13s %-8s conf=%.3f cited=%s "
                            + "expected-hit=%s evidence-quoted=%s%n", mode, o.question().id(),
                    o.question().inScope() ? "in" : "out", o.question().language(), o.question().kind(),
                    o.decision().wire(), o.confidence(), o.cited(), o.citedExpected(),
                    Objects.requireNonNullElse(EvidenceQuoting.verdict(o), "-")));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("in_scope_answer_rate", round(answers.answerRate()));
        m.put("correct_citation_rate", round(answers.correctCitationRate()));
        m.put("out_of_scope_declined", round(answers.abstentionAccuracy()));
        m.put("reply_p50_ms", round(answers.p50Millis()));
        m.put("reply_p95_ms", round(answers.p95Millis()));
        m.put("reply_p99_ms", round(answers.p99Millis()));
        m.put("correct_overall", round(EvalBreakdown.of(answers.outcomes()).correctOverall()));
        AnswerHygiene hygiene = AnswerHygiene.of(answers.outcomes(), LANGUAGES);
        m.put("hygiene_fragments", round(hygiene.fragments()));
        m.put("hygiene_mixed_languages", round(hygiene.mixed()));
        m.put("hygiene_non_guide_cited", round(hygiene.nonGuide()));
        m.put("hygiene_out_of_context", round(hygiene.outOfContext()));
        EvidenceQuoting evidence = EvidenceQuoting.of(answers.outcomes());
        m.put("evidence_answers", evidence.answers());
        m.put("evidence_quoted", round(evidence.quoted()));
        m.put("by_kind", groups(EvalBreakdown.byKind(answers.outcomes())));
        m.put("by_language", groups(EvalBreakdown.byLanguage(answers.outcomes())));
        return m;
    }

    private static Map<String, Object> groups(Map<String, EvalBreakdown> groups) {
        Map<String, Object> out = new LinkedHashMap<>();
        groups.forEach((k, g) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            if (g.inScope() > 0) {
                m.put("in_scope", g.inScope());
                m.put("answered", round(g.answered()));
                m.put("correct_overall", round(g.correctOverall()));
            }
            if (g.outOfScope() > 0) {
                m.put("out_of_scope", g.outOfScope());
                m.put("declined", round(g.declined()));
            }
            out.put(k, m);
        });
        return out;
    }

    private Map<String, Object> baselines(Baselines installed, List<EvalQuestion> qs) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Baselines.BaselineBuilder> b : installed.builders().entrySet()) {
            LOG.info("Building baseline {} over {}", b.getKey(), baselineCorpus);
            long t0 = System.nanoTime();
            Retriever baseline = b.getValue().build(baselineCorpus);
            LOG.info("Baseline {} built in {} s", b.getKey(), (System.nanoTime() - t0) / 1_000_000_000L);
            try {
                out.put(b.getKey(), figures(RetrievalEvaluator.evaluate(baseline, qs), b.getKey()));
            } finally {
                if (baseline instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
        }
        return out;
    }

    private Map<String, Object> figures(EvalReport r, String name) {
        if (details) {
            r.results().forEach(q -> System.err.printf("%s %-5s first=%d ranks=%s top=%s%n", name, q.id(),
                    q.firstRank(), q.expectedRanks().values(), q.retrieved().isEmpty() ? "-" : q.retrieved().get(0)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("questions", r.questions());
        m.put("recall@1", round(r.hitAt1()));
        m.put("recall@5", round(r.hitAt5()));
        m.put("recall@10", round(r.hitAt10()));
        m.put("full_recall@5", round(r.recallAt5()));
        m.put("full_recall@10", round(r.recallAt10()));
        m.put("mrr@10", round(r.mrrAt10()));
        m.put("ndcg@10", round(r.ndcgAt10()));
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void printAnswering(String title, Map<String, Object> a) {
        System.out.printf("%nAnswering, %s:%n  in-scope answer rate %.3f, correct citations %.3f, "
                        + "correct overall %.3f, out-of-scope declined %.3f; reply p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms (first, cold pass)%n", title,
                a.get("in_scope_answer_rate"), a.get("correct_citation_rate"), a.get("correct_overall"),
                a.get("out_of_scope_declined"), a.get("reply_p50_ms"), a.get("reply_p95_ms"), a.get("reply_p99_ms"));
        System.out.printf("  hygiene (share of answers): sentence fragment %.3f, mixing languages %.3f, citing a "
                + "non-guide page %.3f, quoting out of context %.3f%n", a.get("hygiene_fragments"),
                a.get("hygiene_mixed_languages"), a.get("hygiene_non_guide_cited"), a.get("hygiene_out_of_context"));
        if ((Integer) a.get("evidence_answers") > 0) {
            System.out.printf("  evidence quoted: %.3f of the %d answers citing the document of a question's evidence%n",
                    a.get("evidence_quoted"), a.get("evidence_answers"));
        }
        for (String group : List.of("by_kind", "by_language")) {
            StringBuilder line = new StringBuilder("  " + group.replace('_', ' ') + ":");
            ((Map<String, Object>) a.get(group)).forEach((k, v) -> {
                Map<String, Object> m = (Map<String, Object>) v;
                line.append(String.format(" | %s", k));
                if (m.containsKey("answered")) {
                    line.append(String.format(" n=%s answered %.2f correct %.2f", m.get("in_scope"), m.get("answered"),
                            m.get("correct_overall")));
                }
                if (m.containsKey("declined")) {
                    line.append(String.format(" out=%s declined %.2f", m.get("out_of_scope"), m.get("declined")));
                }
            });
            System.out.println(line);
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @SuppressWarnings("unchecked")
    private void print(Map<String, Object> out) {
        if (json) {
            System.out.println(Json.line(out));
            return;
        }
        System.out.printf("%d questions (%s in scope)%n%n", out.get("questions"), out.get("in_scope"));
        System.out.println("Retrieval (document level; recall@k = share of in-scope questions with an expected source "
                + "in the top k; full recall = share of all expected sources found):");
        System.out.printf("%-20s %9s %9s %10s %14s %8s %8s%n", "", "recall@1", "recall@5", "recall@10",
                "full_recall@5", "MRR@10", "nDCG@10");
        for (var e : ((Map<String, Object>) out.get("retrieval")).entrySet()) {
            Map<String, Object> m = (Map<String, Object>) e.getValue();
            System.out.printf("%-20s %9.3f %9.3f %10.3f %14.3f %8.3f %8.3f%n", e.getKey(), m.get("recall@1"),
                    m.get("recall@5"), m.get("recall@10"), m.get("full_recall@5"), m.get("mrr@10"), m.get("ndcg@10"));
        }
        for (String mode : List.of("answering", "answering_email")) {
            Map<String, Object> a = (Map<String, Object>) out.get(mode);
            if (a == null) {
                continue;
            }
            String what = mode.equals("answering") ? "bare questions" : "questions wrapped as emails";
            printAnswering(what + ", default thresholds (" + a.get("default_thresholds") + ")",
                    (Map<String, Object>) a.get("default"));
            if (a.containsKey("held_out")) {
                printAnswering(what + ", thresholds fitted on all (" + a.get("fitted_all_thresholds") + ")",
                        (Map<String, Object>) a.get("fitted_all"));
                printAnswering(what + ", " + folds + "-fold cross validation, held-out folds (fold thresholds: "
                        + a.get("held_out_fold_thresholds") + ")", (Map<String, Object>) a.get("held_out"));
            }
        }
        List<String> extra = new ArrayList<>(out.keySet());
        extra.removeAll(List.of("questions", "in_scope", "retrieval", "answering", "answering_email"));
        for (String k : extra) {
            System.out.printf("%n%s: %s%n", k, out.get(k));
        }
    }
}
