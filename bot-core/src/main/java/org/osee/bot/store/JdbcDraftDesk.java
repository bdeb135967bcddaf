package org.osee.bot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.osee.bot.domain.Draft;
import org.osee.bot.port.ConflictException;
import org.osee.bot.port.DraftDesk;
import org.osee.bot.port.NotFoundException;
import org.osee.knowledge.BadInputException;

/**
 * {@link DraftDesk} over JDBC. A decision locks the conversation (the order every writer of a conversation follows),
 * then changes the draft only while it is still held, so of two staff deciding at once the second gets a
 * {@link ConflictException}. An approved draft is queued in the same outbox as every reply, in the same transaction.
 */
public final class JdbcDraftDesk implements DraftDesk {
    /** True while staff have not replied in the conversation since the draft's acknowledgment. */
    private static final String UNANSWERED = "NOT EXISTS (SELECT 1 FROM message s WHERE s.conversation_id ="
            + " d.conversation_id AND s.author = 'STAFF' AND s.id > COALESCE(d.ack_message_id, 0))";
    private static final String SELECT = "SELECT d.id, d.conversation_id, c.channel, c.participant, d.language,"
            + " q.body AS question, d.body, d.citations, d.confidence, d.state, d.decided_by, d.created_at"
            + " FROM draft d JOIN conversation c ON c.id = d.conversation_id"
            + " LEFT JOIN message q ON q.inbox_id = d.inbox_id AND q.author = 'USER'";
    private static final int MAX_NAME = 512;

    private final Jdbc jdbc;

    public JdbcDraftDesk(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public List<Draft> held(int limit) {
        if (limit < 1) {
            throw new BadInputException("limit must be at least 1, was " + limit);
        }
        return jdbc.inTransaction("list held drafts", connection -> Jdbc.query(connection, SELECT
                + " WHERE d.state = 'HELD' AND " + UNANSWERED + " ORDER BY d.created_at, d.id LIMIT ?",
                JdbcDraftDesk::draft, limit));
    }

    @Override
    public Draft approve(long draftId, String staffName, String text) {
        checkName(staffName);
        return jdbc.inTransaction("send a draft", connection -> {
            Draft draft = decide(connection, draftId, Draft.State.SENT, staffName);
            String body = text == null || text.isBlank() ? draft.answer() : text.strip();
            Long inboxId = Jdbc.queryOne(connection, "SELECT inbox_id FROM draft WHERE id = ?", JdbcDraftDesk::boxed,
                    draftId).orElse(null);
            long messageId = JdbcStaffDesk.recordReply(connection, draft.conversationId(), staffName, body,
                    draft.citations(), draft.language(), inboxId, jdbc.now());
            Jdbc.update(connection, "UPDATE draft SET message_id = ? WHERE id = ?", messageId, draftId);
            return draft;
        });
    }

    @Override
    public Draft discard(long draftId, String staffName) {
        checkName(staffName);
        return jdbc.inTransaction("discard a draft", connection -> {
            Draft draft = decide(connection, draftId, Draft.State.DISCARDED, staffName);
            Jdbc.update(connection, "UPDATE conversation SET updated_at = ? WHERE id = ?", jdbc.now(),
                    draft.conversationId());
            return draft;
        });
    }

    /** Moves a held draft to {@code state}, or says why it cannot be: unknown, or decided already. */
    private Draft decide(Connection connection, long draftId, Draft.State state, String staffName)
            throws SQLException {
        String conversationId = Jdbc.queryOne(connection, "SELECT conversation_id FROM draft WHERE id = ?",
                row -> row.getString(1), draftId).orElseThrow(() -> new NotFoundException("no draft " + draftId));
        Jdbc.query(connection, "SELECT id FROM conversation WHERE id = ? FOR UPDATE", row -> row.getString(1),
                conversationId);
        int changed = Jdbc.update(connection, "UPDATE draft d SET state = ?, decided_by = ?, decided_at = ?"
                + " WHERE d.id = ? AND d.state = 'HELD' AND " + UNANSWERED, state, staffName, jdbc.now(), draftId);
        Draft draft = Jdbc.queryOne(connection, SELECT + " WHERE d.id = ?", JdbcDraftDesk::draft, draftId)
                .orElseThrow(() -> new NotFoundException("no draft " + draftId));
        if (changed == 0) {
            throw new ConflictException(draft.state() == Draft.State.HELD
                    ? "staff have already replied in the conversation of draft " + draftId
                    : "draft " + draftId + " was already " + draft.state().name().toLowerCase(Locale.ROOT)
                    + " by " + draft.decidedBy());
        }
        return draft;
    }

    private static Draft draft(ResultSet row) throws SQLException {
        return new Draft(row.getLong("id"), row.getString("conversation_id"), row.getString("channel"),
                row.getString("participant"), row.getString("language"), row.getString("question"),
                row.getString("body"), Json.citations(row.getString("citations")), row.getDouble("confidence"),
                Jdbc.enumValue(row, "state", Draft.State.class), row.getString("decided_by"),
                Jdbc.instant(row, "created_at"));
    }

    private static Long boxed(ResultSet row) throws SQLException {
        long value = row.getLong(1);
        return row.wasNull() ? null : value;
    }

    private static void checkName(String staffName) {
        if (staffName == null || staffName.isBlank() || staffName.length() > MAX_NAME) {
            throw new BadInputException("staffName must be 1..512 characters, was " + staffName);
        }
    }
}
