package org.osee.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.IndexInUseException;
import org.osee.knowledge.IngestReport;
import org.osee.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osee ingest}: indexes folders or files; unchanged files are skipped, deleted ones removed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest folders or files into the knowledge base. Re-running skips unchanged files, "
                + "re-indexes changed ones and removes files deleted from the given folders. While osee serve "
                + "holds the data folder, the running server does the ingest (limits are then the server's).")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Option(names = "--max-file-seconds", defaultValue = "60", paramLabel = "S",
            description = "Stop reading one file after this many seconds and skip it with the reason (default ${DEFAULT-VALUE}).")
    int maxFileSeconds;

    @Option(names = "--max-extracted-chars", defaultValue = "20000000", paramLabel = "N",
            description = "Skip a file whose extracted text is longer than this, with the reason (default ${DEFAULT-VALUE}).")
    long maxExtractedChars;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders or files to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new BadInputException("no such file or folder: " + p);
            }
        }
        List<Path> roots = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (maxFileSeconds < 1 || maxExtractedChars < 1) {
            throw new BadInputException("--max-file-seconds and --max-extracted-chars must be positive");
        }
        KnowledgeBase opened;
        try {
            opened = KnowledgeBase.open(Knowledge.config(data.resolve())
                    .withFileLimits(Duration.ofSeconds(maxFileSeconds), maxExtractedChars));
        } catch (IndexInUseException e) {
            RunningServer.Result handed = RunningServer.ingest(data.resolve(), roots);
            System.err.println("osee: the running osee serve holding " + data.resolve() + " ingested it");
            print(handed.report(), handed.chunks());
            return 0;
        }
        try (KnowledgeBase kb = opened;
             ProgressListener progress = ProgressListener.forTerminal()) {
            IngestReport report = kb.ingest(roots, progress);
            progress.close();
            print(report, kb.chunkCount());
        }
        return 0;
    }

    private void print(IngestReport r, int chunksInIndex) {
        if (json) {
            System.out.println(Json.line(r));
            return;
        }
        System.out.printf("Ingested in %.1f s: %d added, %d updated, %d unchanged, %d removed, %d skipped; "
                        + "%d chunks written, %d in the index.%n",
                r.took().toMillis() / 1000.0, r.added(), r.updated(), r.unchanged(), r.removed(),
                r.skipped().size(), r.chunksWritten(), chunksInIndex);
        r.skipped().forEach(s -> System.out.printf("  skipped %s: %s%n", s.source(), s.reason()));
    }
}
