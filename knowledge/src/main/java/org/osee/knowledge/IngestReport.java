package org.osee.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link KnowledgeBase#ingest} run did. Counts are files, except {@code chunksWritten}.
 *
 * @param added         files indexed for the first time
 * @param updated       files whose content changed and were re-indexed
 * @param unchanged     files skipped because their content hash matched the index
 * @param removed       files indexed earlier under one of the given roots that no longer exist there
 * @param chunksWritten chunks written to the index by this run
 * @param skipped       files that could not be indexed, with the reason
 * @param took          wall-clock time of the run
 */
public record IngestReport(int added, int updated, int unchanged, int removed, int chunksWritten,
                           List<SkippedFile> skipped, Duration took) {
    public IngestReport {
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(took, "took");
        if (added < 0 || updated < 0 || unchanged < 0 || removed < 0 || chunksWritten < 0) {
            throw new BadInputException("counts must not be negative");
        }
    }
}
