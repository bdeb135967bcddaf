package org.osee.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.osee.knowledge.embed.Embedder;
import org.osee.knowledge.embed.MiniLmEmbedder;
import org.osee.knowledge.index.Ingester;
import org.osee.knowledge.index.LuceneIndex;
import org.osee.knowledge.search.HybridRetriever;
import org.osee.knowledge.search.SearchTuning;
import org.osee.knowledge.translate.ApertiumTranslator;
import org.osee.knowledge.translate.LazyTranslator;
import org.osee.knowledge.translate.Translator;

/**
 * The knowledge base: one Lucene index on disk that documents are ingested into and passages
 * retrieved from. Ingest runs one at a time; {@link #retriever()} may be used from many threads,
 * also while an ingest runs (it sees the index as of the last completed ingest).
 */
public final class KnowledgeBase implements AutoCloseable {
    private final LuceneIndex index;
    private final Embedder embedder;
    private final Ingester ingester;
    private final Retriever retriever;
    private final Translator translator;

    private KnowledgeBase(LuceneIndex index, Embedder embedder, KnowledgeConfig config) {
        this.index = index;
        this.embedder = embedder;
        this.ingester = new Ingester(index, embedder, config);
        this.translator = translator(config);
        this.retriever = new HybridRetriever(index, embedder,
                SearchTuning.defaults(config.candidates(), config.vectorWeight()), translator);
    }

    /**
     * The machine translation the configuration asks for: Apertium when it is installed (looked for when the first
     * question needs it), or none.
     */
    private static Translator translator(KnowledgeConfig config) {
        if (config.translation().equals("none")) {
            return Translator.NONE;
        }
        return new LazyTranslator(() -> ApertiumTranslator.detect(ApertiumTranslator.DEFAULT_MODES));
    }

    /** Opens (or creates) the index in {@code config.indexDir()} with the bundled all-MiniLM-L6-v2 model. */
    public static KnowledgeBase open(KnowledgeConfig config) {
        Objects.requireNonNull(config, "config");
        createIndexDir(config);
        LuceneIndex index = LuceneIndex.open(config.indexDir()); // fails fast when in use, before the model loads
        try {
            return new KnowledgeBase(index, new MiniLmEmbedder(config.embeddingThreads()), config);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Opens the index with another embedding model (tests, experiments); the base closes it if closeable. */
    public static KnowledgeBase open(KnowledgeConfig config, Embedder embedder) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(embedder, "embedder");
        createIndexDir(config);
        return new KnowledgeBase(LuceneIndex.open(config.indexDir()), embedder, config);
    }

    private static void createIndexDir(KnowledgeConfig config) {
        try {
            Files.createDirectories(config.indexDir());
        } catch (IOException e) {
            throw new OseeException("cannot create the index folder " + config.indexDir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ingests folders and files: new files are added, changed ones re-indexed, unchanged ones
     * skipped, and files indexed earlier under one of these roots that are gone are removed.
     * Files from other roots stay. Unreadable files are skipped and listed in the report.
     *
     * @throws BadInputException when a root does not exist (nothing is changed then)
     */
    public IngestReport ingest(List<Path> roots, IngestListener listener) {
        return ingester.ingest(roots, listener == null ? IngestListener.NONE : listener);
    }

    /**
     * Makes the documents kept outside files under {@code root} (a name such as {@code osee:faq}, never a folder)
     * exactly {@code documents}: added, re-indexed when their text changed, removed when absent; visible to
     * {@link #retriever()} at once and atomically, when this returns. Runs one at a time with {@link #ingest}.
     */
    public IngestReport syncDocuments(String root, List<TextDocument> documents) {
        Objects.requireNonNull(root, "root");
        return ingester.syncDocuments(root, List.copyOf(documents));
    }

    /**
     * The hybrid retriever over this index. {@link Passage#score()} is
     * {@code w·clamp((cos−0.1)/0.6) + (1−w)·b/(b+3)}: {@code cos} the cosine similarity of the
     * chunk's embedding to the question's, {@code b} the chunk's BM25 score per distinct query
     * term, {@code w} the configured vector weight (0.5 by default), halved for French, Spanish or
     * Portuguese questions, whose BM25 query also holds the English translations of their words that
     * the knowledge base's translated documents teach. Absolute, in 0..1 and comparable across
     * questions; see {@link HybridRetriever}.
     */
    public Retriever retriever() {
        return retriever;
    }

    /**
     * An indexed document by its source path, its chunks joined back per section, for showing it to
     * people; empty when no ingested file has this source.
     */
    public java.util.Optional<IndexedDocument> document(String source) {
        if (source == null || source.isBlank()) {
            return java.util.Optional.empty();
        }
        List<org.apache.lucene.document.Document> chunks = index.chunksOf(source);
        if (chunks.isEmpty()) {
            return java.util.Optional.empty();
        }
        var first = chunks.get(0);
        String title = first.get(org.osee.knowledge.index.Fields.TITLE);
        List<IndexedDocument.Part> parts = new java.util.ArrayList<>();
        String section = null;
        StringBuilder text = new StringBuilder();
        for (var chunk : chunks) {
            String s = chunk.get(org.osee.knowledge.index.Fields.SECTION);
            s = s == null ? "" : Passage.sectionUnder(title, s);
            if (section != null && !s.equals(section)) {
                parts.add(new IndexedDocument.Part(section, Passage.anchorOf(section), text.toString().strip()));
                text.setLength(0);
            }
            section = s;
            text.append(chunk.get(org.osee.knowledge.index.Fields.TEXT)).append("\n\n");
        }
        parts.add(new IndexedDocument.Part(section, Passage.anchorOf(section), text.toString().strip()));
        String url = first.get(org.osee.knowledge.index.Fields.URL);
        return java.util.Optional.of(new IndexedDocument(source, title, url == null ? null : url.replaceFirst("#.*$", ""),
                first.get(org.osee.knowledge.index.Fields.LANG), parts));
    }

    public boolean isEmpty() {
        return chunkCount() == 0;
    }

    /** How many files and documents the index holds. */
    public int fileCount() {
        return index.fileCount();
    }

    /** How many chunks the index holds. */
    public int chunkCount() {
        return index.chunkCount();
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            if (translator instanceof LazyTranslator lazy) {
                lazy.close();
            }
            if (embedder instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new OseeException("cannot close the embedding model", e);
                }
            }
        }
    }
}
