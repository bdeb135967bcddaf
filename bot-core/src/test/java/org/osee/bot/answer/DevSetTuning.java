package org.osee.bot.answer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osee.bot.answer.eval.AnswerEvaluator;
import org.osee.bot.answer.eval.EvalOutcome;
import org.osee.bot.answer.eval.EvalQuestion;
import org.osee.bot.answer.eval.EvalReport;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.KnowledgeConfig;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;
import org.osee.knowledge.load.LanguageGuesser;

/**
 * Throwaway tuning runner (not a test): ingests a corpus into an index folder (incremental, so
 * cheap after the first run), asks the assistant every question of a JSONL set, and prints the
 * metrics and, per question, the decision, the top retrieval score and the citations.
 * Args: corpusDir questionsJsonl indexDir [minTopScore confidentScore]
 */
public final class DevSetTuning {
    public static void main(String[] args) throws Exception {
        Path questionsFile = Path.of(args[1]);
        List<EvalQuestion> questions = DevQuestions.read(questionsFile);
        Map<String, String> kinds = DevQuestions.kinds(questionsFile);
        AnswerPolicy policy = AnswerPolicy.defaults();
        if (args.length >= 5) {
            policy = policy.withMinTopScore(Double.parseDouble(args[3])).withConfidentScore(Double.parseDouble(args[4]));
        }
        if (args.length >= 7) {
            policy = policy.withGrounding(Double.parseDouble(args[5]), Double.parseDouble(args[6]));
        }
        policy = policy.withRetrieveTop(Integer.getInteger("top", policy.retrieveTop()));
        System.out.println(policy);
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(Path.of(args[2])))) {
            if (kb.isEmpty() || !Files.exists(Path.of(args[2], ".ingested"))) {
                kb.ingest(List.of(Path.of(args[0])), null);
                Files.writeString(Path.of(args[2], ".ingested"), "yes");
            }
            Map<String, Double> tops = new ConcurrentHashMap<>();
            Map<String, Double> supports = new ConcurrentHashMap<>();
            Map<String, List<String>> names = new ConcurrentHashMap<>();
            Retriever recording = (query, top) -> {
                List<Passage> found = kb.retriever().retrieve(query, top);
                tops.put(query, found.isEmpty() ? 0 : found.get(0).score());
                supports.put(query, ExtractiveComposer.support(query, found.subList(0, Math.min(4, found.size())), List.of()));
                names.put(query, Grounding.missingNames(query, found));
                return found;
            };
            var composer = System.getProperty("pool") == null ? new ExtractiveComposer()
                    : new ExtractiveComposer(Integer.getInteger("pool"), Integer.getInteger("sentences", 5), 900);
            var assistant = new GroundedAssistant(recording, composer, policy, new LanguageGuesser());
            EvalReport report = new AnswerEvaluator(assistant).run(questions);
            for (EvalOutcome o : report.outcomes()) {
                EvalQuestion q = o.question();
                System.out.printf(Locale.ROOT, "%s %-4s %-3s %-13s %-8s top=%.3f sup=%.3f conf=%.3f %s %s %s%n", q.id(),
                        q.inScope() ? "in" : "OUT", q.language(), kinds.get(q.id()), o.decision(),
                        tops.getOrDefault(q.question(), -1.0), supports.getOrDefault(q.question(), -1.0), o.confidence(),
                        o.isRight() ? "ok " : "BAD", names.getOrDefault(q.question(), List.of()), o.cited());
            }
            System.out.println(report.summary());
        }
    }
}
