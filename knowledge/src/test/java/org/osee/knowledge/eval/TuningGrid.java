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
                System.out.println(r.summary() + "  " + t);
            }
        }
        model.close();
    }

    private static List<SearchTuning> grid() {
        List<SearchTuning> grid = new ArrayList<>();
        grid.add(new SearchTuning(100, 1.0, 1f, 0.3f, 0.5f, 1f, 0.1, 0.7, 1.5, 0, 0));
        grid.add(new SearchTuning(100, 0.0, 1f, 0.3f, 0.5f, 1f, 0.1, 0.7, 1.5, 0, 0));
        for (double extra : new double[] {0, 0.1, 0.25, 0.5}) {
            for (double w : new double[] {0.4, 0.6}) {
                for (double half : new double[] {0.75, 1.5, 3}) {
                    grid.add(new SearchTuning(100, w, 1f, 0.3f, 0.5f, 1f, 0.1, 0.7, half, 0, extra));
                }
            }
        }
        return grid;
    }
}
