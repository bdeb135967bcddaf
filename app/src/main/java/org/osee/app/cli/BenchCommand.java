package org.osee.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.osee.app.Assistants;
import org.osee.app.config.LlmSettings;
import org.osee.app.eval.EvalQuestions;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.port.Assistant;
import org.osee.app.eval.Heap;
import org.osee.app.eval.Baselines;
import org.osee.app.eval.Percentiles;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.IngestListener;
import org.osee.knowledge.IngestReport;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.Retriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code osee bench}: ingest and query benchmarks on a corpus, side by side with the baselines a user would pick.
 * Prints Markdown for BENCHMARKS.md and, with {@code --json}, every figure as JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark ingest (time, chunks/s, re-ingest, index size) and queries (p50/p95/p99 over warm "
                + "queries, heap) on a corpus, beside plain BM25 over whole files and langchain4j's in-memory recipe.")
public final class BenchCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BenchCommand.class);

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of documents to ingest.")
    Path corpus;

    @Option(names = "--questions", required = true, paramLabel = "FILE", description = "JSON Lines questions used as queries.")
    Path questions;

    @Option(names = "--queries", defaultValue = "1000", description = "Timed queries after warm-up (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for the index (default: a temporary folder, deleted).")
    Path work;

    @Option(names = "--skip-baselines", description = "Only benchmark the hybrid index (the baselines are in "
            + "tools/bench/osee-bench, not in osee.jar).")
    boolean skipBaselines;

    @Option(names = "--json", description = "Print the figures as one JSON object instead of Markdown.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new BadInputException("--corpus must be a folder, got " + corpus);
        }
        Baselines baselines = skipBaselines ? null : Baselines.installed();
        List<String> qs = EvalQuestions.read(questions).stream().map(EvalQuestions.Question::question).toList();
        Path dir = work != null ? work : Files.createTempDirectory("osee-bench");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cpus", Runtime.getRuntime().availableProcessors());
        out.put("max_heap_mib", Heap.mib(Runtime.getRuntime().maxMemory()));
        try {
            out.put("hybrid", hybrid(dir.resolve("index"), qs));
            if (!skipBaselines) {
                for (Map.Entry<String, Baselines.BaselineBuilder> b : baselines.builders().entrySet()) {
                    out.put(b.getKey(), baseline(() -> b.getValue().build(corpus), qs));
                }
            }
        } finally {
            if (work == null) {
                deleteTree(dir);
            }
        }
        System.out.println(json ? Json.line(out) : markdown(out));
        return 0;
    }

    private Map<String, Object> hybrid(Path indexDir, List<String> qs) {
        Map<String, Object> m = new LinkedHashMap<>();
        try (KnowledgeBase kb = KnowledgeBase.open(Knowledge.configOfIndex(indexDir))) {
            LOG.info("Bench: full ingest of {}", corpus);
            IngestReport full = kb.ingest(List.of(corpus.toAbsolutePath()), IngestListener.NONE);
            LOG.info("Bench: re-ingest of the unchanged corpus");
            IngestReport again = kb.ingest(List.of(corpus.toAbsolutePath()), IngestListener.NONE);
            double seconds = full.took().toMillis() / 1000.0;
            m.put("files", full.added());
            m.put("chunks", full.chunksWritten());
            m.put("ingest_seconds", seconds);
            m.put("chunks_per_second", Math.round(full.chunksWritten() / seconds));
            m.put("reingest_unchanged_seconds", again.took().toMillis() / 1000.0);
            m.put("index_mib", Heap.mib(sizeOf(indexDir)));
            m.putAll(latency(kb.retriever(), qs));
            m.putAll(replyLatency(Assistants.create(kb.retriever(), LlmSettings.none()), qs));
        }
        return m;
    }

    private Map<String, Object> baseline(java.util.function.Supplier<Retriever> build, List<String> qs) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Retriever r = build.get();
        m.put("ingest_seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
        m.putAll(latency(r, qs));
        if (r instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
        return m;
    }

    private Map<String, Object> latency(Retriever r, List<String> qs) {
        for (int i = 0; i < Math.min(200, qs.size() * 2); i++) {
            r.retrieve(qs.get(i % qs.size()), 10);
        }
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            r.retrieve(qs.get(i % qs.size()), 10);
            nanos[i] = System.nanoTime() - t;
        }
        Percentiles p = Percentiles.ofNanos(nanos);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query_p50_ms", p.p50());
        m.put("query_p95_ms", p.p95());
        m.put("query_p99_ms", p.p99());
        m.put("heap_in_use_mib", Heap.mib(Heap.usedAfterGcBytes()));
        return m;
    }

    /** One reply of the default (extractive) assistant per query, each in a fresh conversation. */
    private Map<String, Object> replyLatency(Assistant assistant, List<String> qs) {
        for (int i = 0; i < Math.min(200, qs.size() * 2); i++) {
            assistant.reply(ConversationSnapshot.fresh("warm-" + i, "bench"), qs.get(i % qs.size()));
        }
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            assistant.reply(ConversationSnapshot.fresh("bench-" + i, "bench"), qs.get(i % qs.size()));
            nanos[i] = System.nanoTime() - t;
        }
        Percentiles p = Percentiles.ofNanos(nanos);
        return Map.of("reply_p50_ms", p.p50(), "reply_p95_ms", p.p95(), "reply_p99_ms", p.p99());
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> out) {
        StringBuilder sb = new StringBuilder();
        sb.append("| | ingest (s) | chunks/s | re-ingest unchanged (s) | index (MiB) | p50 (ms) | p95 (ms) | p99 (ms) | heap in use (MiB) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Function<Object, String> f = v -> v == null ? "–" : String.valueOf(v);
        for (String name : List.of("hybrid", "bm25_whole_files", "langchain4j_recipe")) {
            Map<String, Object> m = (Map<String, Object>) out.get(name);
            if (m != null) {
                sb.append("| ").append(name).append(" | ").append(f.apply(m.get("ingest_seconds"))).append(" | ")
                        .append(f.apply(m.get("chunks_per_second"))).append(" | ")
                        .append(f.apply(m.get("reingest_unchanged_seconds"))).append(" | ")
                        .append(f.apply(m.get("index_mib"))).append(" | ").append(m.get("query_p50_ms")).append(" | ")
                        .append(m.get("query_p95_ms")).append(" | ").append(m.get("query_p99_ms")).append(" | ")
                        .append(m.get("heap_in_use_mib")).append(" |\n");
            }
        }
        Map<String, Object> h = (Map<String, Object>) out.get("hybrid");
        sb.append("\nOne reply of the default (extractive) assistant, retrieval included: p50 ")
                .append(h.get("reply_p50_ms")).append(" ms, p95 ").append(h.get("reply_p95_ms")).append(" ms, p99 ")
                .append(h.get("reply_p99_ms")).append(" ms.\n");
        sb.append("\nHybrid: ").append(h.get("files")).append(" files, ").append(h.get("chunks")).append(" chunks; ")
                .append(out.get("cpus")).append(" CPUs, max heap ").append(out.get("max_heap_mib")).append(" MiB.\n");
        return sb.toString();
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
