package org.osee.knowledge.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.osee.knowledge.Passage;
import org.osee.knowledge.embed.MiniLmEmbedder;
import org.osee.knowledge.index.LuceneIndex;
import org.osee.knowledge.search.HybridRetriever;
import org.osee.knowledge.search.SearchTuning;

/** Throwaway: shows vector-only, BM25-only and fused results of dev questions. Args: jsonl indexDir id... */
public final class QueryProbe {
    public static void main(String[] args) throws Exception {
        List<EvalQuestion> questions = DevSetRunner.read(Path.of(args[0]));
        try (MiniLmEmbedder model = new MiniLmEmbedder(2); LuceneIndex index = LuceneIndex.open(Path.of(args[1]))) {
            for (int a = 2; a < args.length; a++) {
                String id = args[a];
                EvalQuestion q = questions.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                System.out.println("== " + id + " " + q.question() + "\n   want " + q.expected());
                for (double w : new double[] {1.0, 0.0, 0.5}) {
                    SearchTuning t = new SearchTuning(300, w, 0.3f, 0.5f, 1f, 0.1, 0.7, 3, 0, 0.5);
                    System.out.println(" w=" + w);
                    for (Passage p : new HybridRetriever(index, model, t).retrieve(q.question(), 5)) {
                        System.out.printf(Locale.ROOT, "   %.3f %s%s | %s%n", p.score(),
                                q.expected().contains(p.source()) ? "*" : "", p.source(), p.section());
                    }
                }
            }
        }
    }
}
