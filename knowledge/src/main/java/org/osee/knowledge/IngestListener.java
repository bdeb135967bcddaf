package org.osee.knowledge;

/** Follows the progress of an ingest, e.g. to draw a progress bar. Every method has a no-op default. */
public interface IngestListener {

    /** What happened to one file. */
    enum Outcome { ADDED, UPDATED, UNCHANGED, REMOVED, SKIPPED }

    /** A listener that ignores everything. */
    IngestListener NONE = new IngestListener() { };

    /** Called once the files under all roots are listed, before any is read. */
    default void started(int totalFiles) {
    }

    /** Called once per file listed (and once per file removed), in no guaranteed order. */
    default void fileDone(String source, Outcome outcome) {
    }
}
