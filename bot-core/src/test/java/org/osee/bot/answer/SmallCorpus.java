package org.osee.bot.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.KnowledgeConfig;

/** A few files a test writes under a folder of its own, and a real knowledge base with them ingested. */
final class SmallCorpus {
    private final Path dir;
    private final Path root;

    SmallCorpus(Path dir) {
        this.dir = dir;
        this.root = dir.resolve("corpus");
    }

    /** Writes one file of the corpus, at this path under its root. */
    void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A knowledge base with the default settings in the folder's {@code index}, the corpus ingested. */
    KnowledgeBase ingest() throws IOException {
        KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(dir.resolve("index")));
        kb.ingest(List.of(root), null);
        return kb;
    }
}
