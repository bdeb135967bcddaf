package org.osee.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Throwaway: prints retrieval for a query on the test corpus. */
public final class DebugMain {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("dbg");
        TestCorpus.writeAll(dir.resolve("c"));
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(dir.resolve("i")), TestCorpus.sharedModel())) {
            kb.ingest(List.of(dir.resolve("c")), null);
            for (String q : args) {
                System.out.println("Q: " + q);
                for (Passage p : kb.retriever().retrieve(q, 5)) {
                    System.out.printf("  %.3f %s | %s%n", p.score(), p.source(), p.section());
                }
            }
        }
    }
}
