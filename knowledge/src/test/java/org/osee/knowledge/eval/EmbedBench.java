package org.osee.knowledge.eval;

import java.util.ArrayList;
import java.util.List;
import org.osee.knowledge.embed.MiniLmEmbedder;

/** Throwaway: times embedding of chunk-sized texts with 1 and 2 threads. */
public final class EmbedBench {
    public static void main(String[] args) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            texts.add(("Guide " + i + " — Section: Open source programme offices help public bodies publish code, "
                    + "choose licences, manage dependencies and build communities. ").repeat(6));
        }
        for (int threads : new int[] {1, 2, 1, 2}) {
            try (MiniLmEmbedder e = new MiniLmEmbedder(threads)) {
                e.embed(texts.subList(0, 4));
                long start = System.nanoTime();
                e.embed(texts);
                System.out.println(threads + " threads: " + (System.nanoTime() - start) / 1_000_000 + " ms for 128");
            }
        }
    }
}
