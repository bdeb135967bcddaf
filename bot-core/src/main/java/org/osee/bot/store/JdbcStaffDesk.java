package org.osee.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.osee.bot.domain.Author;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.StoredMessage;
import org.osee.bot.port.NotFoundException;
import org.osee.bot.port.StaffDesk;
import org.osee.knowledge.BadInputException;

/** {@link StaffDesk} over JDBC; a staff reply is queued in the same outbox as bot replies. */
public final class JdbcStaffDesk implements StaffDesk {
    private final Jdbc jdbc;

    public JdbcStaffDesk(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public StoredMessage reply(String conversationId, String staffName, String text) {
        checkText(staffName, text);
        return jdbc.inTransaction("record a staff reply", connection -> {
            Instant now = jdbc.now();
            touch(connection, conversationId, null, now); // an unknown conversation: NotFoundException
            Long lastInbox = Jdbc.queryOne(connection, "SELECT MAX(id) FROM inbox WHERE conversation_id = ?"
                            + " AND kind NOT IN ('HELPFUL', 'NOT_HELPFUL')",
                    row -> {
                        long id = row.getLong(1);
                        return row.wasNull() ? null : id;
                    }, conversationId).orElse(null);
            return Rows.message(connection, recordReply(connection, conversationId, staffName, text, List.of(), null,
                    lastInbox, now));
        });
    }

    @Override
    public StoredMessage note(String conversationId, String staffName, String text) {
        checkText(staffName, text);
        return jdbc.inTransaction("record a note", connection -> Rows.message(connection,
                insert(connection, conversationId, Author.INTERNAL_NOTE, staffName, text, jdbc.now())));
    }

    @Override
    public void setStatus(String conversationId, ConversationStatus status) {
        Objects.requireNonNull(status, "status");
        jdbc.inTransaction("change a conversation's status", connection -> {
            touch(connection, conversationId, status, jdbc.now());
            return null;
        });
    }

    @Override
    public String assign(String conversationId, String account, String accountName) {
        if (account != null && (account.isBlank() || account.length() > 128)) {
            throw new BadInputException("account must be 1..128 characters, was " + account);
        }
        String name = account == null ? null : Jdbc.truncate(accountName == null ? account : accountName, 512);
        return jdbc.inTransaction("assign a conversation", connection -> {
            String before = Jdbc.queryOne(connection, "SELECT assignee FROM conversation WHERE id = ? FOR UPDATE",
                    row -> new String[] {row.getString(1)}, conversationId)
                    .orElseThrow(() -> new NotFoundException("no conversation with id " + conversationId))[0];
            Jdbc.update(connection, "UPDATE conversation SET assignee = ?, assignee_name = ?, assigned_at = ?"
                    + " WHERE id = ?", account, name, account == null ? null : jdbc.now(), conversationId);
            return before;
        });
    }

    /**
     * Records a staff reply citing {@code citations} (may be empty) in {@code language} (null: the conversation's) and
     * queues it for delivery as the reply to {@code inboxId} (null: none); the conversation then waits for the
     * person. Shared by a reply written in the console and an approved draft. Returns the message id.
     */
    static long recordReply(Connection connection, String conversationId, String staffName, String body,
                            List<Citation> citations, String language, Long inboxId, Instant now)
            throws SQLException {
        touch(connection, conversationId, ConversationStatus.WAITING_FOR_USER, now);
        long messageId = Jdbc.insert(connection, "INSERT INTO message (conversation_id, author, author_name, body,"
                + " citations, language, created_at) VALUES (?, 'STAFF', ?, ?, ?, ?, ?)", conversationId, staffName,
                body, Json.citations(citations), language, now);
        Outboxes.enqueue(connection, conversationId, messageId, inboxId, now);
        return messageId;
    }

    private static long insert(Connection connection, String conversationId, Author author, String staffName,
                               String text, Instant now) throws SQLException {
        touch(connection, conversationId, null, now);
        return Jdbc.insert(connection, "INSERT INTO message (conversation_id, author, author_name, body, citations,"
                + " created_at) VALUES (?, ?, ?, ?, '[]', ?)", conversationId, author, staffName, text, now);
    }

    private static void touch(Connection connection, String conversationId, ConversationStatus status, Instant now)
            throws SQLException {
        int updated = Jdbc.update(connection, "UPDATE conversation SET updated_at = ?, status = COALESCE(?, status)"
                + " WHERE id = ?", now, status == null ? null : status.name(), conversationId);
        if (updated == 0) {
            throw new NotFoundException("no conversation with id " + conversationId);
        }
    }

    private static void checkText(String staffName, String text) {
        if (staffName == null || staffName.isBlank() || staffName.length() > 512) {
            throw new BadInputException("staffName must be 1..512 characters, was " + staffName);
        }
        if (text == null || text.isBlank()) {
            throw new BadInputException("text must not be blank");
        }
    }
}
