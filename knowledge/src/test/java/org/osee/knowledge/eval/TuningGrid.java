package org.osee.knowledge.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osee.knowledge.embed.Embedder;
import org.osee.knowledge.embed.MiniLmEmbedder;
import org.osee.knowledge.index.LuceneIndex;
import org.osee.knowledge.search.HybridRetriever;
import org.osee.knowledge.search.SearchTuning;

/**
 * Throwaway tuning runner (not a test): evaluates a grid of {@link SearchTuning}s against an
 * index that DevSetRunner built. Args: questionsJsonl indexDir
 */
public final class TuningGrid {
    public static void main(String[] args) throws Exception {
        List<EvalQuestion> questions = DevSetRunner.read(Path.of(args[0]));
        MiniLmEmbedder model = new MiniLmEmbedder(2);
        Map<String, float[]> cache = new ConcurrentHashMap<>();
        Embedder cached = new Embedder() {
            @Override
            public List<float[]> embed(List<String> texts) {
                List<float[]> out = new ArrayList<>();
                for (String t : texts) {
                    out.add(cache.computeIfAbsent(t, x -> model.embed(List.of(x)).get(0)));
                }
                return out;
            }

            @Override
            public int dimension() {
                return model.dimension();
            }
        };
        try (LuceneIndex index = LuceneIndex.open(Path.of(args[1]))) {
            for (SearchTuning t : grid()) {
                EvalReport r = RetrievalEvaluator.evaluate(new HybridRetriever(index, cached, t), questions);
                System.out.println(r.summary() + byLanguage(questions, r) + "  " + t);
            }
        }
        model.close();
    }

    private static String byLanguage(List<EvalQuestion> questions, EvalReport r) {
        StringBuilder out = new StringBuilder();
        for (String lang : List.of("en", "fr", "es")) {
            double mrr = 0;
            int hit5 = 0;
            int n = 0;
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).inScope() && lang.equals(questions.get(i).lang())) {
                    int first = r.results().get(i).firstRank();
                    n++;
                    mrr += first > 0 ? 1.0 / first : 0;
                    hit5 += first > 0 && first <= 5 ? 1 : 0;
                }
            }
            out.append(String.format(java.util.Locale.ROOT, " %s:mrr=%.2f,h5=%d/%d", lang, mrr / n, hit5, n));
        }
        return out.toString();
    }

    private static List<SearchTuning> grid() {
        List<SearchTuning> grid = new ArrayList<>();
        for (double w : new double[] {0.4, 0.5, 0.6}) {
            for (int rrf : new int[] {0, 60}) {
                grid.add(new SearchTuning(300, w, 0.3f, 0.5f, 1f, 0.1, 0.7, 3, rrf, 0.5));
            }
        }
        return grid;
    }
}
