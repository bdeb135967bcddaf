package org.osee.bot.port;

import java.time.Instant;
import java.util.List;

import org.osee.bot.domain.AuditEntry;

/** The staff console's audit trail: entries are only ever added, and read newest first. */
public interface AuditLog {
    /** Records that {@code actor} did {@code action} to {@code target}; over-long values are cut, never refused. */
    void record(String actor, String action, String target, String detail);

    /**
     * The newest entries first, filtered by each non-null argument: exact actor, action prefix (so
     * {@code conversation.} matches every conversation action), and time range [from, to).
     */
    List<AuditEntry> list(Filter filter, int limit, int offset);

    /** What {@link #list} keeps; a null field does not filter. */
    record Filter(String actor, String actionPrefix, Instant from, Instant to) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }
}
