package org.osee.bot.port;

import java.util.List;
import java.util.Optional;
import org.osee.bot.domain.EntryText;
import org.osee.bot.domain.KnowledgeEntry;

/**
 * Staff knowledge entries in the shared database: the one place every instance reads its FAQ from. Every change
 * moves a deployment-wide revision counter on, so an instance can tell that its index is behind.
 */
public interface KnowledgeEntries {
    /**
     * Creates a draft.
     *
     * @param conversationId the conversation it comes from, or {@code null}
     * @throws NotFoundException when that conversation does not exist
     */
    KnowledgeEntry create(EntryText text, String conversationId, String author);

    /**
     * Changes an entry's text, keeping its status.
     *
     * @param expectedVersion the version the editor saw; {@code 0} to skip the check
     * @throws NotFoundException       when there is no such entry
     * @throws org.osee.knowledge.BadInputException when the entry changed since {@code expectedVersion}
     */
    KnowledgeEntry edit(long id, EntryText text, long expectedVersion, String editor);

    /** Publishes, withdraws (or returns to draft) an entry; @throws NotFoundException when there is none. */
    KnowledgeEntry setStatus(long id, KnowledgeEntry.Status status, String editor);

    Optional<KnowledgeEntry> find(long id);

    /** Entries newest change first; {@code status} null lists all. */
    List<KnowledgeEntry> list(KnowledgeEntry.Status status, int limit, int offset);

    /** The revision counter and the published entries, read together. */
    Published published();

    /** The published entries as of {@code revision}: what an index that applied them holds. */
    record Published(long revision, List<KnowledgeEntry> entries) {
        public Published {
            entries = List.copyOf(entries);
        }
    }
}
