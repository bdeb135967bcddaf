package org.osee.app.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.osee.app.observe.IngestRuns;
import org.osee.knowledge.IngestListener;
import org.osee.knowledge.IngestReport;
import org.osee.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-ingests the configured knowledge folders when something in them changed. A periodic scan of names, sizes and
 * modification times (cheap, and reliable on network and container file systems where file-change events are not)
 * decides whether to run the incremental ingest, which then re-reads only changed files.
 */
public final class FolderWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    /** The source name of the folders' ingests in the ingest metrics. */
    public static final String SOURCE = "folders";
    private final KnowledgeBase kb;
    private final List<Path> folders;
    private final IngestRuns runs;
    private String lastFingerprint;
    private volatile IngestReport lastReport;

    public FolderWatcher(KnowledgeBase kb, List<Path> folders) {
        this(kb, folders, IngestRuns.unmetered());
    }

    /** Each ingest counted by {@code runs} under the source {@link #SOURCE}. */
    public FolderWatcher(KnowledgeBase kb, List<Path> folders, IngestRuns runs) {
        this.kb = kb;
        this.folders = List.copyOf(folders);
        this.runs = runs;
    }

    /** Ingests when the folders changed since the last scan (always on the first); true when it ingested. */
    public synchronized boolean scan() {
        String fingerprint = fingerprint();
        if (fingerprint.equals(lastFingerprint)) {
            return false;
        }
        List<Path> present = folders.stream().filter(Files::exists).toList();
        if (present.size() < folders.size()) {
            LOG.warn("Knowledge folders missing, not ingested (their documents stay indexed): {}",
                    folders.stream().filter(f -> !Files.exists(f)).toList());
        }
        if (!present.isEmpty()) {
            lastReport = runs.run(SOURCE, () -> kb.ingest(present, IngestListener.NONE));
        }
        lastFingerprint = fingerprint;
        return true;
    }

    public List<Path> folders() {
        return folders;
    }

    /** The report of the last ingest, or {@code null} before the first. */
    public IngestReport lastReport() {
        return lastReport;
    }

    private String fingerprint() {
        MessageDigest digest = sha256();
        for (Path folder : folders) {
            digest.update((folder + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted().forEach(f -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        digest.update((f + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis() + "\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        digest.update((f + "\tunreadable\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                digest.update(("unreadable " + e.getMessage()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
