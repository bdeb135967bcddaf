package org.osee.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osee.knowledge.IngestReport;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.KnowledgeConfig;

/**
 * Throwaway tuning runner (not a test): ingests a corpus into an index folder, then evaluates a
 * JSONL question set and prints the metrics, the misses and the score ranges.
 * Args: corpusDir questionsJsonl indexDir [targetChunk maxChunk vectorWeight]
 */
public final class DevSetRunner {
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        List<EvalQuestion> questions = read(Path.of(args[1]));
        KnowledgeConfig config = KnowledgeConfig.defaults(Path.of(args[2]));
        if (args.length >= 5) {
            config = config.withChunkSize(Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        }
        if (args.length >= 6) {
            config = config.withVectorWeight(Double.parseDouble(args[5]));
        }
        try (KnowledgeBase kb = KnowledgeBase.open(config)) {
            IngestReport report = kb.ingest(List.of(corpus), null);
            System.out.println("ingest: " + report.took().toMillis() + " ms, added=" + report.added() + " updated="
                    + report.updated() + " unchanged=" + report.unchanged() + " chunks=" + kb.chunkCount()
                    + " skipped=" + report.skipped());
            IngestReport again = kb.ingest(List.of(corpus), null);
            System.out.println("re-ingest: " + again.took().toMillis() + " ms, unchanged=" + again.unchanged());
            long start = System.nanoTime();
            EvalReport eval = RetrievalEvaluator.evaluate(kb.retriever(), questions);
            System.out.println("eval took " + (System.nanoTime() - start) / 1_000_000 + " ms");
            print(questions, eval);
        }
    }

    private static void print(List<EvalQuestion> questions, EvalReport eval) {
        double inMin = 1, inSum = 0, outMax = 0, outSum = 0;
        int nIn = 0, nOut = 0;
        for (int i = 0; i < questions.size(); i++) {
            EvalQuestion q = questions.get(i);
            QuestionResult r = eval.results().get(i);
            if (q.inScope()) {
                inMin = Math.min(inMin, r.topScore());
                inSum += r.topScore();
                nIn++;
                if (r.firstRank() != 1) {
                    System.out.printf(Locale.ROOT, "%s first=%d score=%.3f %s%n   got %s%n   want %s%n", q.id(),
                            r.firstRank(), r.topScore(), q.lang(), r.retrieved().subList(0, Math.min(3, r.retrieved().size())),
                            r.expectedRanks());
                }
            } else {
                outMax = Math.max(outMax, r.topScore());
                outSum += r.topScore();
                nOut++;
                System.out.printf(Locale.ROOT, "OUT %s score=%.3f %s%n", q.id(), r.topScore(), q.question());
            }
        }
        System.out.printf(Locale.ROOT, "in-scope top score: min=%.3f mean=%.3f | out-of-scope: max=%.3f mean=%.3f%n",
                inMin, inSum / Math.max(1, nIn), outMax, outSum / Math.max(1, nOut));
        List<Double> inScores = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).inScope()) {
                inScores.add(eval.results().get(i).topScore());
            }
        }
        inScores.sort(Double::compare);
        StringBuilder byLang = new StringBuilder("in-scope scores by language:");
        for (String lang : List.of("en", "fr", "es")) {
            byLang.append("\n  ").append(lang).append(':');
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).inScope() && lang.equals(questions.get(i).lang())) {
                    byLang.append(String.format(Locale.ROOT, " %.2f", eval.results().get(i).topScore()));
                }
            }
        }
        System.out.println(byLang);
        System.out.println("in-scope lowest 10: " + inScores.subList(0, Math.min(10, inScores.size())));
        System.out.println(eval.summary());
    }

    static List<EvalQuestion> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EvalQuestion> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<String> expected = new ArrayList<>();
            n.path("expected").forEach(e -> expected.add(e.asText()));
            questions.add(new EvalQuestion(n.get("id").asText(), n.get("question").asText(), expected,
                    n.path("scope").asText(null), n.path("lang").asText(null)));
        }
        return questions;
    }
}
