package org.osee.knowledge;

import java.util.Objects;

/**
 * A file that ingest did not index, and why.
 *
 * @param source the file's path relative to its root, with {@code /} separators
 * @param reason a short human explanation ("binary file (NUL bytes)", "not a valid PDF: ...")
 */
public record SkippedFile(String source, String reason) {
    public SkippedFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
