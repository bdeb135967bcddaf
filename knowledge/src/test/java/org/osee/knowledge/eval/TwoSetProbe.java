package org.osee.knowledge.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.osee.knowledge.embed.MiniLmEmbedder;
import org.osee.knowledge.index.LuceneIndex;
import org.osee.knowledge.search.HybridRetriever;
import org.osee.knowledge.search.SearchTuning;

/**
 * Throwaway tuning runner (not a test): evaluates the default retriever on the index DevSetRunner
 * or {@code osee ingest} built, for each question file given, with recall@5 and MRR@10 by language
 * and kind. Args: indexDir questions.jsonl... (kinds are read from the files' {@code kind} field).
 */
public final class TwoSetProbe {
    public static void main(String[] args) throws Exception {
        try (MiniLmEmbedder model = new MiniLmEmbedder(2); LuceneIndex index = LuceneIndex.open(Path.of(args[0]))) {
            SearchTuning d = SearchTuning.defaults(300, Double.parseDouble(System.getProperty("vw", "0.5")));
            SearchTuning t = new SearchTuning(d.candidates(), d.vectorWeight(),
                    Float.parseFloat(System.getProperty("olb", "" + d.otherLanguageBoost())),
                    Float.parseFloat(System.getProperty("nb", "" + d.neutralBoost())), d.headingBoost(),
                    d.cosineFloor(), d.cosineCeiling(), d.bm25HalfPerTerm(), d.rrfK(),
                    Double.parseDouble(System.getProperty("fvf", "" + d.foreignVectorFactor())))
                    .withFocus(Double.parseDouble(System.getProperty("osee.focusVector", "" + d.focusVector())),
                            Double.parseDouble(System.getProperty("osee.focusWeight", "" + d.focusTerms())));
            System.out.println(t);
            HybridRetriever retriever = new HybridRetriever(index, model, t);
            for (int a = 1; a < args.length; a++) {
                Path file = Path.of(args[a]);
                List<EvalQuestion> questions = DevSetRunner.read(file);
                Map<String, String> kinds = kinds(file);
                EvalReport r = RetrievalEvaluator.evaluate(retriever, questions);
                System.out.println("== " + file.getFileName() + ": " + r.summary());
                System.out.println("   by language: " + breakdown(questions, r, EvalQuestion::lang));
                System.out.println("   by kind:     " + breakdown(questions, r, q -> kinds.get(q.id())));
                String dump = System.getenv("PROBE_DUMP");
                if (dump != null) {
                    StringBuilder lines = new StringBuilder();
                    for (int i = 0; i < questions.size(); i++) {
                        EvalQuestion q = questions.get(i);
                        if (q.inScope()) {
                            lines.append(q.id()).append('\t').append(q.lang()).append('\t')
                                    .append(kinds.get(q.id())).append('\t').append(r.results().get(i).firstRank())
                                    .append('\n');
                        }
                    }
                    java.nio.file.Files.writeString(Path.of(dump + "-" + file.getFileName() + ".tsv"), lines);
                }
                if (System.getenv("PROBE_MISSES") != null) {
                    for (int i = 0; i < questions.size(); i++) {
                        EvalQuestion q = questions.get(i);
                        QuestionResult res = r.results().get(i);
                        if (q.inScope() && (res.firstRank() == 0 || res.firstRank() > 2)) {
                            System.out.printf(Locale.ROOT, "   MISS %s %s first=%d %s%n      got %s%n      want %s%n",
                                    q.id(), q.lang(), res.firstRank(), q.question(),
                                    res.retrieved().subList(0, Math.min(5, res.retrieved().size())), q.expected());
                        }
                    }
                }
            }
        }
    }

    private static Map<String, String> kinds(Path file) throws java.io.IOException {
        Map<String, String> kinds = new TreeMap<>();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : java.nio.file.Files.readAllLines(file)) {
            if (!line.isBlank()) {
                var n = json.readTree(line);
                kinds.put(n.get("id").asText(), n.path("kind").asText("?"));
            }
        }
        return kinds;
    }

    private static String breakdown(List<EvalQuestion> questions, EvalReport r, Function<EvalQuestion, String> key) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).inScope()) {
                groups.computeIfAbsent(key.apply(questions.get(i)), k -> new ArrayList<>())
                        .add(r.results().get(i).firstRank());
            }
        }
        StringBuilder out = new StringBuilder();
        groups.forEach((k, ranks) -> {
            double h5 = ranks.stream().filter(x -> x >= 1 && x <= 5).count() / (double) ranks.size();
            double mrr = ranks.stream().mapToDouble(x -> x >= 1 ? 1.0 / x : 0).sum() / ranks.size();
            out.append(String.format(Locale.ROOT, " %s(n=%d) r5=%.2f mrr=%.2f;", k, ranks.size(), h5, mrr));
        });
        return out.toString();
    }
}
