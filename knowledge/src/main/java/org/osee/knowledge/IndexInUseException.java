package org.osee.knowledge;

import java.nio.file.Path;

/** The index folder is held by another process (a running {@code osee serve}) or another open {@link KnowledgeBase}. */
public final class IndexInUseException extends OseeException {
    private final Path indexDir;

    public IndexInUseException(Path indexDir, Throwable cause) {
        super("the index at " + indexDir + " is already open (another process or KnowledgeBase)", cause);
        this.indexDir = indexDir;
    }

    public Path indexDir() {
        return indexDir;
    }
}
