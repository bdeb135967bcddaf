package org.osee.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.osee.app.observe.IngestRuns;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.IndexInUseException;
import org.osee.knowledge.IngestListener;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.KnowledgeConfig;
import org.osee.knowledge.OseeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the knowledge base under a data folder, and seeds it with the bundled starter pack when asked. */
public final class Knowledge {
    private static final Logger LOG = LoggerFactory.getLogger(Knowledge.class);
    /** The starter pack's folder under the data folder, and its source name in the ingest metrics. */
    public static final String STARTER_PACK = "starter-pack";

    private Knowledge() {}

    /** Opens (creating when needed) the index under {@code dataDir/index}. */
    public static KnowledgeBase open(Path dataDir) {
        return KnowledgeBase.open(config(dataDir));
    }

    /** As {@link #open(Path)}, with this machine translation setting ({@code auto} or {@code none}). */
    public static KnowledgeBase open(Path dataDir, String translation) {
        return KnowledgeBase.open(config(dataDir).withTranslation(translation));
    }

    /** Opens the index for a command that only reads it; one clear line when a running server holds it. */
    static KnowledgeBase openForQuestions(Path dataDir, boolean seed) {
        try {
            return seed ? openForAnswering(dataDir) : openExisting(dataDir);
        } catch (IndexInUseException e) {
            throw RunningServer.busyForQuestions(dataDir);
        }
    }

    /**
     * The default settings of the index under {@code dataDir/index}; the machine translation setting from
     * {@code OSEE_KNOWLEDGE_TRANSLATION} when it is set (the environment form of {@code knowledge.translation}).
     */
    public static KnowledgeConfig config(Path dataDir) {
        return configOfIndex(dataDir.resolve("index"));
    }

    /** As {@link #config(Path)}, for an index folder of its own (the benchmark's). */
    static KnowledgeConfig configOfIndex(Path indexDir) {
        KnowledgeConfig config = KnowledgeConfig.defaults(indexDir);
        String translation = System.getenv("OSEE_KNOWLEDGE_TRANSLATION");
        return translation == null ? config : config.withTranslation(translation);
    }

    /** Opens the index for searching; fails with a clear message when nothing was ever ingested there. */
    public static KnowledgeBase openExisting(Path dataDir) {
        if (!Files.isDirectory(dataDir.resolve("index"))) {
            throw new BadInputException("no knowledge base in " + dataDir + "; run 'osee ingest --data " + dataDir
                    + " FOLDER' first");
        }
        return open(dataDir);
    }

    /**
     * Opens the index for answering: on a data folder that holds no index yet, the bundled starter pack is copied
     * to {@code dataDir/starter-pack} and ingested first.
     */
    public static KnowledgeBase openForAnswering(Path dataDir) {
        return openForAnswering(dataDir, IngestRuns.unmetered());
    }

    /** As {@link #openForAnswering(Path)}, the starter pack's ingest counted by {@code runs}. */
    public static KnowledgeBase openForAnswering(Path dataDir, IngestRuns runs) {
        return openForAnswering(dataDir, runs, config(dataDir).translation());
    }

    /** As {@link #openForAnswering(Path, IngestRuns)}, with this machine translation setting. */
    public static KnowledgeBase openForAnswering(Path dataDir, IngestRuns runs, String translation) {
        KnowledgeBase kb = open(dataDir, translation);
        if (kb.isEmpty()) {
            Path pack = extractStarterPack(dataDir.resolve(STARTER_PACK));
            LOG.info("Empty knowledge base: ingesting the bundled starter pack from {}", pack);
            runs.run(STARTER_PACK, () -> kb.ingest(List.of(pack), IngestListener.NONE));
        }
        return kb;
    }

    /** Copies the starter pack bundled in the application to {@code target}; returns {@code target}. */
    static Path extractStarterPack(Path target) {
        URL marker = Knowledge.class.getResource("/" + STARTER_PACK + "/README.md");
        if (marker == null) {
            throw new OseeException("the starter pack is missing from the application");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(fs.getPath("/" + STARTER_PACK), target);
                }
            } else {
                copyTree(Path.of(uri).getParent(), target);
            }
            return target;
        } catch (IOException | URISyntaxException e) {
            throw new OseeException("cannot extract the starter pack to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
