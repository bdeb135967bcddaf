package org.osee.app.live;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osee.app.config.KnowledgeSettings;
import org.osee.app.observe.IngestRuns;
import org.osee.knowledge.IngestReport;
import org.osee.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a serving instance's index current in the background: the knowledge folders (ingested at start, then when
 * they change) and the staff entries from the database. Answering never waits for it: the index switches to the new
 * documents atomically when each run commits.
 */
public final class LiveKnowledge implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveKnowledge.class);
    private final KnowledgeBase kb;
    private final EntrySync entries;
    private final FolderWatcher folders;
    private final Map<String, String> failing = new java.util.concurrent.ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "osee-live-knowledge");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param folders     the folder watcher, or {@code null} when no folders are configured
     * @param pollSeconds how often the folders are scanned; 0: only once, at start
     * @param syncSeconds how often the entries are compared with the database
     */
    public LiveKnowledge(KnowledgeBase kb, EntrySync entries, FolderWatcher folders, int pollSeconds, int syncSeconds) {
        this.kb = kb;
        this.entries = entries;
        this.folders = folders;
        scheduler.scheduleWithFixedDelay(() -> quietly("sync the knowledge entries", entries::syncNow), 0,
                syncSeconds, TimeUnit.SECONDS);
        if (folders != null) {
            if (pollSeconds > 0) {
                scheduler.scheduleWithFixedDelay(() -> quietly("ingest the knowledge folders", folders::scan), 0,
                        pollSeconds, TimeUnit.SECONDS);
            } else {
                scheduler.execute(() -> quietly("ingest the knowledge folders", folders::scan));
            }
        }
    }

    /** Starts keeping {@code kb} current as {@code settings} say. */
    public static LiveKnowledge start(KnowledgeBase kb, EntrySync entries, KnowledgeSettings settings) {
        return start(kb, entries, settings, IngestRuns.unmetered());
    }

    /** As {@link #start(KnowledgeBase, EntrySync, KnowledgeSettings)}, each folder ingest counted by {@code runs}. */
    public static LiveKnowledge start(KnowledgeBase kb, EntrySync entries, KnowledgeSettings settings,
                                      IngestRuns runs) {
        FolderWatcher folders = settings.folders().isEmpty() ? null
                : new FolderWatcher(kb, settings.folderPaths(), runs);
        return new LiveKnowledge(kb, entries, folders, settings.watch() ? settings.pollSeconds() : 0,
                settings.syncSeconds());
    }

    public EntrySync entries() {
        return entries;
    }

    /** What {@code /health} says about the index: its size, the folders' last ingest and the entries' revision. */
    public Map<String, Object> health() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", kb.fileCount());
        m.put("chunks", kb.chunkCount());
        m.put("entries_version", entries.appliedRevision());
        m.put("entries", entries.indexedEntries());
        if (folders != null) {
            IngestReport r = folders.lastReport();
            m.put("folders", folders.folders().stream().map(Object::toString).toList());
            m.put("folders_ingested", r != null);
            if (r != null) {
                m.put("folders_skipped", r.skipped().size());
            }
        }
        return m;
    }

    /** Runs one round; a failure is logged once (at WARN) until the work succeeds again, then retried quietly. */
    private void quietly(String what, Runnable work) {
        try {
            work.run();
            if (failing.remove(what) != null) {
                LOG.info("Can {} again", what);
            }
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.equals(failing.put(what, message))) {
                LOG.warn("Cannot {} now (will retry): {}", what, message);
            }
        }
    }

    @Override
    public void close() {
        // no interrupt first: an interrupted Lucene write can leave the index writer unusable
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(20, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
