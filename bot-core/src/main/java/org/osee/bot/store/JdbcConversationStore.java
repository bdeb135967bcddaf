package org.osee.bot.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osee.bot.domain.Conversation;
import org.osee.bot.domain.ConversationHistory;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Escalation;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Feedback;
import org.osee.bot.port.ConversationStore;
import org.osee.knowledge.BadInputException;

/** {@link ConversationStore} over JDBC. */
public final class JdbcConversationStore implements ConversationStore {
    private final Jdbc jdbc;

    public JdbcConversationStore(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public List<Conversation> list(Set<ConversationStatus> statuses, int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new BadInputException("limit must be positive and offset not negative, were " + limit + ", "
                    + offset);
        }
        // Statuses are enum names, so inlining them is safe and keeps the statement portable.
        String where = statuses.isEmpty() ? "" : " WHERE c.status IN (" + statuses.stream()
                .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ")) + ")";
        String sql = "SELECT " + Rows.CONVERSATION_COLUMNS + " FROM conversation c" + where
                + " ORDER BY CASE WHEN c.status = 'ESCALATED' THEN 0 ELSE 1 END, c.updated_at DESC, c.id"
                + " LIMIT ? OFFSET ?";
        return jdbc.inTransaction("list conversations",
                connection -> Jdbc.query(connection, sql, Rows::conversation, limit, offset));
    }

    @Override
    public Optional<ConversationHistory> history(String conversationId) {
        return jdbc.inTransaction("load a conversation", connection -> {
            Optional<Conversation> conversation = Rows.loadConversation(connection, conversationId);
            if (conversation.isEmpty()) {
                return Optional.empty();
            }
            List<Escalation> escalations = Jdbc.query(connection, "SELECT message_id, reason, created_at"
                    + " FROM escalation WHERE conversation_id = ? ORDER BY id", row -> {
                        long messageId = row.getLong("message_id");
                        return new Escalation(conversationId, row.wasNull() ? null : messageId,
                                Jdbc.enumValue(row, "reason", EscalationReason.class),
                                Jdbc.instant(row, "created_at"));
                    }, conversationId);
            List<Feedback> feedback = Jdbc.query(connection, "SELECT message_id, helpful, comment, created_at"
                    + " FROM feedback WHERE conversation_id = ? ORDER BY id",
                    row -> new Feedback(conversationId, row.getLong("message_id"), row.getBoolean("helpful"),
                            row.getString("comment"), Jdbc.instant(row, "created_at")), conversationId);
            return Optional.of(new ConversationHistory(conversation.get(),
                    Rows.messages(connection, conversationId), escalations, feedback));
        });
    }
}
