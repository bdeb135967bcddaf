package org.osee.bot.answer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osee.bot.answer.eval.AnswerEvaluator;
import org.osee.bot.answer.eval.EvalQuestion;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.KnowledgeConfig;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;
import org.osee.knowledge.load.LanguageGuesser;

/**
 * Latency benchmark (a main, not a test): one reply of the default {@link GroundedAssistant}
 * (extractive composer) per question of a JSONL set, on an existing index. Prints p50/p95/p99 of
 * the whole reply, of retrieval alone, and of the answering layer alone (the same replies over
 * passages retrieved beforehand). Args: indexDir questionsJsonl [rounds]
 */
public final class AnswerBenchmark {
    public static void main(String[] args) throws Exception {
        List<EvalQuestion> questions = DevQuestions.read(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(Path.of(args[0])))) {
            LanguageGuesser languages = new LanguageGuesser();
            AnswerPolicy policy = AnswerPolicy.defaults();
            Map<String, List<Passage>> cache = new HashMap<>();
            Retriever caching = (query, top) -> cache.computeIfAbsent(query + "\u0000" + top,
                    k -> kb.retriever().retrieve(query, top));
            var full = new GroundedAssistant(kb.retriever(), new ExtractiveComposer(), policy, languages);
            var layer = new GroundedAssistant(caching, new ExtractiveComposer(), policy, languages);
            time(layer, questions, 1);
            time(full, questions, 1);
            report("retrieval alone", timeRetrieval(kb.retriever(), questions, rounds, policy.retrieveTop()));
            report("reply (retrieval + answering)", time(full, questions, rounds));
            report("answering layer alone", time(layer, questions, rounds));
            report("retrieval alone, again", timeRetrieval(kb.retriever(), questions, rounds, policy.retrieveTop()));
        }
    }

    private static double[] time(GroundedAssistant assistant, List<EvalQuestion> questions, int rounds) {
        List<Double> millis = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (EvalQuestion q : questions) {
                long start = System.nanoTime();
                assistant.reply(ConversationSnapshot.fresh("bench-" + q.id(), "bench"), q.question());
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] timeRetrieval(Retriever retriever, List<EvalQuestion> questions, int rounds, int top) {
        List<Double> millis = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (EvalQuestion q : questions) {
                long start = System.nanoTime();
                retriever.retrieve(q.question(), top);
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void report(String what, double[] millis) {
        System.out.printf(Locale.ROOT, "%-32s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms%n", what, millis.length,
                AnswerEvaluator.percentile(millis, 50), AnswerEvaluator.percentile(millis, 95),
                AnswerEvaluator.percentile(millis, 99));
    }
}
