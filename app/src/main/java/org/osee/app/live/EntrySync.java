package org.osee.app.live;

import java.util.ArrayList;
import java.util.List;
import org.osee.bot.domain.KnowledgeEntry;
import org.osee.bot.port.KnowledgeEntries;
import org.osee.knowledge.IngestReport;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.TextDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's index in step with the published staff knowledge entries in the shared database: when the
 * database's revision counter differs from the one last applied, the published entries are read and the index's
 * entry documents made exactly those (changed ones re-indexed, withdrawn ones removed). Every instance runs one, so
 * every index converges to the same entries; {@link #appliedRevision()} says which revision this one holds.
 */
public final class EntrySync {
    /** The index root of entry documents: not a folder, so no ingest of folders ever touches them. */
    public static final String ROOT = "osee:knowledge-entries";
    private static final Logger LOG = LoggerFactory.getLogger(EntrySync.class);

    private final KnowledgeEntries entries;
    private final KnowledgeBase kb;
    private volatile long applied = -1;
    private volatile int indexed;

    public EntrySync(KnowledgeEntries entries, KnowledgeBase kb) {
        this.entries = entries;
        this.kb = kb;
    }

    /** Applies the database's published entries when they changed since the last run; returns the revision held. */
    public synchronized long syncNow() {
        KnowledgeEntries.Published published = entries.published();
        if (published.revision() == applied) {
            return applied;
        }
        List<TextDocument> docs = new ArrayList<>();
        for (KnowledgeEntry e : published.entries()) {
            docs.add(document(e));
        }
        IngestReport report = kb.syncDocuments(ROOT, docs);
        if (report.added() + report.updated() + report.removed() > 0) {
            LOG.info("Knowledge entries at revision {}: {} added, {} updated, {} removed, {} published in all",
                    published.revision(), report.added(), report.updated(), report.removed(), docs.size());
        }
        applied = published.revision();
        indexed = docs.size();
        return applied;
    }

    /** The database revision of the entries this index holds; -1 before the first sync. */
    public long appliedRevision() {
        return applied;
    }

    /** How many published entries this index holds. */
    public int indexedEntries() {
        return indexed;
    }

    /**
     * An entry as an indexed document, cited with its own title at {@code /doc/faq/ID}: the question as the heading
     * of the answer, so that both are searched and the answer is what gets quoted. Plain text: nothing in it is parsed.
     */
    static TextDocument document(KnowledgeEntry e) {
        String question = e.text().question().replaceAll("\\s+", " ").strip();
        String heading = question.equalsIgnoreCase(e.text().title()) ? "" : question;
        return new TextDocument(e.source(), e.text().title(), e.text().language(),
                List.of(new TextDocument.Section(heading, e.text().answer())));
    }
}
