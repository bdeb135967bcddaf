package org.osee.bot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.osee.bot.domain.EntryText;
import org.osee.bot.domain.KnowledgeEntry;
import org.osee.bot.port.KnowledgeEntries;
import org.osee.bot.port.NotFoundException;
import org.osee.knowledge.BadInputException;

/**
 * {@link KnowledgeEntries} over JDBC. Every change bumps the one-row {@code knowledge_revision} counter in its own
 * transaction; the row lock orders concurrent writers, so the counter's value names one set of published entries.
 */
public final class JdbcKnowledgeEntries implements KnowledgeEntries {
    private static final String COLUMNS = "id, title, question, answer, language, conversation_id, status, version, "
            + "author, updated_by, created_at, updated_at";
    private final Jdbc jdbc;

    public JdbcKnowledgeEntries(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public KnowledgeEntry create(EntryText text, String conversationId, String author) {
        Objects.requireNonNull(text, "text");
        String by = account(author);
        return jdbc.inTransaction("create a knowledge entry", c -> {
            if (conversationId != null && Jdbc.queryOne(c, "SELECT id FROM conversation WHERE id = ?",
                    row -> row.getString(1), conversationId).isEmpty()) {
                throw new NotFoundException("no conversation " + conversationId);
            }
            bump(c);
            long id = Jdbc.insert(c, "INSERT INTO knowledge_entry (title, question, answer, language, conversation_id, "
                            + "status, version, author, updated_by, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
                    text.title(), text.question(), text.answer(), text.language(), conversationId,
                    KnowledgeEntry.Status.DRAFT, by, by, jdbc.now(), jdbc.now());
            return load(c, id);
        });
    }

    @Override
    public KnowledgeEntry edit(long id, EntryText text, long expectedVersion, String editor) {
        Objects.requireNonNull(text, "text");
        String by = account(editor);
        return jdbc.inTransaction("edit knowledge entry " + id, c -> {
            bump(c);
            KnowledgeEntry current = load(c, id);
            if (expectedVersion != 0 && expectedVersion != current.version()) {
                throw new BadInputException("knowledge entry " + id + " was changed by " + current.updatedBy()
                        + " meanwhile (version " + current.version() + ", you edited version " + expectedVersion
                        + "); reload it");
            }
            Jdbc.update(c, "UPDATE knowledge_entry SET title = ?, question = ?, answer = ?, language = ?, "
                            + "version = version + 1, updated_by = ?, updated_at = ? WHERE id = ?",
                    text.title(), text.question(), text.answer(), text.language(), by, jdbc.now(), id);
            return load(c, id);
        });
    }

    @Override
    public KnowledgeEntry setStatus(long id, KnowledgeEntry.Status status, String editor) {
        Objects.requireNonNull(status, "status");
        String by = account(editor);
        return jdbc.inTransaction("change the status of knowledge entry " + id, c -> {
            bump(c);
            load(c, id);
            Jdbc.update(c, "UPDATE knowledge_entry SET status = ?, version = version + 1, updated_by = ?, "
                    + "updated_at = ? WHERE id = ?", status, by, jdbc.now(), id);
            return load(c, id);
        });
    }

    @Override
    public Optional<KnowledgeEntry> find(long id) {
        return jdbc.inTransaction("read knowledge entry " + id, c -> Jdbc.queryOne(c,
                "SELECT " + COLUMNS + " FROM knowledge_entry WHERE id = ?", JdbcKnowledgeEntries::entry, id));
    }

    @Override
    public List<KnowledgeEntry> list(KnowledgeEntry.Status status, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM knowledge_entry");
        if (status != null) {
            sql.append(" WHERE status = ?");
            params.add(status);
        }
        sql.append(" ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?");
        params.add(Math.max(0, limit));
        params.add(Math.max(0, offset));
        return jdbc.inTransaction("list knowledge entries", c -> Jdbc.query(c, sql.toString(),
                JdbcKnowledgeEntries::entry, params.toArray()));
    }

    @Override
    public Published published() {
        return jdbc.inTransaction("read the published knowledge entries", c -> {
            long revision = Jdbc.queryOne(c, "SELECT revision FROM knowledge_revision WHERE id = 1",
                    row -> row.getLong(1)).orElse(0L);
            return new Published(revision, Jdbc.query(c, "SELECT " + COLUMNS
                    + " FROM knowledge_entry WHERE status = ? ORDER BY id", JdbcKnowledgeEntries::entry,
                    KnowledgeEntry.Status.PUBLISHED));
        });
    }

    /** Moves the revision counter on; taken first, so it also serialises concurrent changes. */
    private static void bump(Connection c) throws SQLException {
        Jdbc.update(c, "UPDATE knowledge_revision SET revision = revision + 1 WHERE id = 1");
    }

    private static KnowledgeEntry load(Connection c, long id) throws SQLException {
        return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM knowledge_entry WHERE id = ?",
                JdbcKnowledgeEntries::entry, id).orElseThrow(() -> new NotFoundException("no knowledge entry " + id));
    }

    private static String account(String name) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("a knowledge change needs the account that makes it");
        }
        return Jdbc.truncate(name, 128);
    }

    private static KnowledgeEntry entry(ResultSet row) throws SQLException {
        return new KnowledgeEntry(row.getLong("id"), new EntryText(row.getString("title"), row.getString("question"),
                row.getString("answer"), row.getString("language")), row.getString("conversation_id"),
                Jdbc.enumValue(row, "status", KnowledgeEntry.Status.class), row.getLong("version"),
                row.getString("author"), row.getString("updated_by"), Jdbc.instant(row, "created_at"),
                Jdbc.instant(row, "updated_at"));
    }
}
