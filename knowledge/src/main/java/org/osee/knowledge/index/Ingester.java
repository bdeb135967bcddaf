package org.osee.knowledge.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Map;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.IngestListener;
import org.osee.knowledge.IngestListener.Outcome;
import org.osee.knowledge.IngestReport;
import org.osee.knowledge.KnowledgeConfig;
import org.osee.knowledge.OseeException;
import org.osee.knowledge.SkippedFile;
import org.osee.knowledge.TextDocument;
import org.osee.knowledge.load.Document;
import org.osee.knowledge.load.Section;
import org.osee.knowledge.load.Slugs;
import org.osee.knowledge.load.Translations;
import org.osee.knowledge.chunk.Chunk;
import org.osee.knowledge.chunk.Chunker;
import org.osee.knowledge.embed.Embedder;
import org.osee.knowledge.load.DocumentReader;
import org.osee.knowledge.load.LanguageGuesser;
import org.osee.knowledge.load.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incremental ingest of folders and files into the {@link LuceneIndex}. Files are keyed by
 * (absolute root, source); a file whose SHA-256 (plus the chunking settings) matches the index is
 * skipped, a changed one is re-indexed, one that disappeared from under a given root is removed.
 * Chunks are embedded in batches across files. One bad file is reported and skipped, never fatal.
 */
public final class Ingester {
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);
    private static final int PIPELINE_VERSION = 6; // 3: Markdown table rows indexed as list items; 4: numbered
                                                   // headings keep their number, site-path URLs resolved, HTML
                                                   // blocks' headings and paragraphs kept apart; 5: Markdown
                                                   // backslash escapes read as the character ("-\>"); 6: a chunk
                                                   // opening in a list starts with the list's lead-in
    private static final int BATCH_CHUNKS = 64;

    private final LuceneIndex index;
    private final Embedder embedder;
    private final KnowledgeConfig config;
    private final DocumentReader reader;
    private final Chunker chunker;
    private final String settingsTag;
    private ExecutorService loading = newLoadingThread();

    public Ingester(LuceneIndex index, Embedder embedder, KnowledgeConfig config) {
        this.index = index;
        this.embedder = embedder;
        this.config = config;
        this.reader = new DocumentReader(config.targetChunkChars(), config.maxExtractedChars());
        this.chunker = new Chunker(config.targetChunkChars(), config.maxChunkChars(), config.maxChunksPerDocument());
        this.settingsTag = ":v" + PIPELINE_VERSION + "/" + config.targetChunkChars() + "/" + config.maxChunkChars()
                + "/" + config.maxChunksPerDocument();
    }

    /** Ingests the roots; see the class comment. Not to be called concurrently. */
    public synchronized IngestReport ingest(List<Path> roots, IngestListener listener) {
        if (roots == null || roots.isEmpty()) {
            throw new BadInputException("give at least one folder or file to ingest");
        }
        long start = System.nanoTime();
        LanguageGuesser.warmUp(); // outside the per-file time limit
        List<Path> canonical = roots.stream().map(FileWalker::canonicalRoot).distinct().toList();
        List<FileWalker.Listing> listings = canonical.stream().map(FileWalker::list).toList();
        listener.started(listings.stream().mapToInt(l -> l.files().size() + l.unreadable().size()).sum());
        Run run = new Run(listener);
        for (int i = 0; i < canonical.size(); i++) {
            for (SkippedFile unreadable : listings.get(i).unreadable()) {
                run.skipped.add(unreadable);
                listener.fileDone(unreadable.source(), Outcome.SKIPPED);
            }
            ingestRoot(canonical.get(i).toString(), listings.get(i).files(), run);
        }
        index.commit();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        IngestReport report = run.report(took);
        LOG.info("Ingest done in {} ms: {} added, {} updated, {} unchanged, {} removed, {} skipped, {} chunks written",
                took.toMillis(), report.added(), report.updated(), report.unchanged(), report.removed(),
                report.skipped().size(), report.chunksWritten());
        return report;
    }

    /**
     * Makes the documents the index holds under {@code root} (a name that is not a folder, such as
     * {@code osee:faq}) exactly {@code documents}: new ones are added, changed ones re-indexed, unchanged ones
     * skipped (by a hash of their text), the others removed; then commits once. Not to be called concurrently with
     * {@link #ingest} (both hold this ingester's lock).
     */
    public synchronized IngestReport syncDocuments(String root, List<TextDocument> documents) {
        long start = System.nanoTime();
        Run run = new Run(IngestListener.NONE);
        Map<String, String> known = index.fileHashes(root);
        List<Pending> batch = new ArrayList<>();
        for (TextDocument doc : documents) {
            String previous = known.remove(doc.source());
            String hash = sha256(fingerprint(doc).getBytes(java.nio.charset.StandardCharsets.UTF_8)) + settingsTag;
            if (hash.equals(previous)) {
                run.unchanged++;
                continue;
            }
            batch.add(new Pending(root, doc.source(), hash, chunker.chunk(toDocument(doc)), previous != null));
            if (batch.stream().mapToInt(p -> p.chunks.size()).sum() >= BATCH_CHUNKS) {
                write(batch, run);
            }
        }
        write(batch, run);
        for (String gone : known.keySet()) {
            index.removeFile(root, gone);
            run.removed++;
        }
        index.commit();
        return run.report(Duration.ofNanos(System.nanoTime() - start));
    }

    private static String fingerprint(TextDocument doc) {
        StringBuilder all = new StringBuilder().append(doc.title()).append('\u0000').append(doc.language());
        doc.sections().forEach(s -> all.append('\u0000').append(s.heading()).append('\u0000').append(s.text()));
        return all.toString();
    }

    private static Document toDocument(TextDocument doc) {
        List<Section> sections = doc.sections().stream().filter(s -> !s.text().isBlank())
                .map(s -> new Section(s.heading().isEmpty() ? List.of() : List.of(s.heading()),
                        s.heading().isEmpty() ? null : Slugs.slug(s.heading()), s.text(), null))
                .toList();
        String lang = LanguageGuesser.normalize(doc.language());
        if (lang == null) {
            StringBuilder text = new StringBuilder();
            sections.forEach(s -> text.append(s.text()).append("\n\n"));
            lang = LanguageGuesser.guess(text.toString(), 0.6);
        }
        String language = lang == null ? "und" : lang;
        return new Document(doc.source(), doc.title().replaceAll("\\s+", " ").strip(), null, language, sections,
                Translations.pathKey(doc.source(), language));
    }

    private void ingestRoot(String root, List<FileWalker.Listed> files, Run run) {
        FolderSettings folder = FolderSettings.of(Path.of(root));
        Map<String, String> known = index.fileHashes(root);
        List<Pending> batch = new ArrayList<>();
        for (FileWalker.Listed file : files) {
            String previous = known.remove(file.source());
            Pending pending = prepare(root, folder, file, previous, run);
            if (pending != null) {
                batch.add(pending);
                if (batch.stream().mapToInt(p -> p.chunks.size()).sum() >= BATCH_CHUNKS) {
                    write(batch, run);
                }
            }
        }
        write(batch, run);
        for (String gone : known.keySet()) {
            index.removeFile(root, gone);
            run.removed++;
            run.listener.fileDone(gone, Outcome.REMOVED);
        }
    }

    /** Reads, hashes, loads and chunks one file; null when it needs no writing. */
    private Pending prepare(String root, FolderSettings folder, FileWalker.Listed file, String previousHash, Run run) {
        try {
            reader.checkSupported(new SourceFile(file.path(), file.source(), new byte[0]));
            long size = Files.size(file.path());
            if (size > config.maxFileBytes()) {
                throw new BadInputException("file too large (" + size + " bytes, limit " + config.maxFileBytes() + ")");
            }
            byte[] bytes = Files.readAllBytes(file.path());
            String hash = sha256(bytes) + settingsTag + folder.tag();
            if (hash.equals(previousHash)) {
                run.unchanged++;
                run.listener.fileDone(file.source(), Outcome.UNCHANGED);
                return null;
            }
            List<Chunk> chunks = loadWithinTime(new SourceFile(file.path(), file.source(), bytes), folder);
            if (chunks.size() == config.maxChunksPerDocument()) {
                LOG.warn("{} reached the limit of {} chunks; the rest of it is not indexed", file.source(),
                        chunks.size());
            }
            return new Pending(root, file.source(), hash, chunks, previousHash != null);
        } catch (BadInputException e) {
            skip(root, file.source(), e.getMessage(), previousHash, run);
        } catch (IOException e) {
            skip(root, file.source(), "cannot read: " + e.getMessage(), previousHash, run);
        } catch (RuntimeException e) {
            LOG.warn("Unexpected failure loading {}", file.source(), e);
            skip(root, file.source(), "failed to load: " + e, previousHash, run);
        }
        return null;
    }

    /**
     * Reads and chunks one file on the loading thread, waiting at most {@link KnowledgeConfig#maxFileTime()}. Past
     * it the loader is interrupted (the PDF and Markdown loaders stop at the next operator or block) and abandoned
     * for a fresh one, and the file is skipped with the reason.
     */
    private List<Chunk> loadWithinTime(SourceFile file, FolderSettings folder) {
        Future<List<Chunk>> task = loading.submit(() -> chunker.chunk(folder.apply(reader.read(file))));
        try {
            return task.get(config.maxFileTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            loading.shutdownNow();
            loading = newLoadingThread();
            throw new BadInputException("reading took longer than the limit of " + seconds(config.maxFileTime()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new BadInputException("failed to load: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new OseeException("ingest was interrupted", e);
        }
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    private static ExecutorService newLoadingThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "osee-ingest-loader");
            t.setDaemon(true);
            return t;
        });
        return executor;
    }

    private void skip(String root, String source, String reason, String previousHash, Run run) {
        LOG.debug("Skipped {}: {}", source, reason);
        if (previousHash != null) {
            index.removeFile(root, source);
        }
        run.skipped.add(new SkippedFile(source, reason));
        run.listener.fileDone(source, Outcome.SKIPPED);
    }

    private void write(List<Pending> batch, Run run) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        batch.forEach(p -> p.chunks.forEach(c -> texts.add(c.embeddingText())));
        List<float[]> vectors = embedder.embed(texts);
        int offset = 0;
        for (Pending p : batch) {
            index.replaceFile(p.root, p.source, p.hash, p.chunks, vectors.subList(offset, offset + p.chunks.size()));
            offset += p.chunks.size();
            run.chunksWritten += p.chunks.size();
            if (p.update) {
                run.updated++;
            } else {
                run.added++;
            }
            run.listener.fileDone(p.source, p.update ? Outcome.UPDATED : Outcome.ADDED);
        }
        batch.clear();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A file loaded and chunked, waiting for its embeddings. */
    private record Pending(String root, String source, String hash, List<Chunk> chunks, boolean update) {
    }

    /** Counters of one run. */
    private static final class Run {
        final IngestListener listener;
        final List<SkippedFile> skipped = new ArrayList<>();
        int added;
        int updated;
        int unchanged;
        int removed;
        int chunksWritten;

        Run(IngestListener listener) {
            this.listener = listener;
        }

        IngestReport report(Duration took) {
            return new IngestReport(added, updated, unchanged, removed, chunksWritten, skipped, took);
        }
    }
}
