package org.osee.bot.store;

import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import org.osee.bot.domain.Feedback;
import org.osee.bot.port.FeedbackStore;
import org.osee.bot.port.NotFoundException;

/** {@link FeedbackStore} over JDBC. */
public final class JdbcFeedbackStore implements FeedbackStore {
    private final Jdbc jdbc;

    public JdbcFeedbackStore(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public void record(Feedback feedback) {
        int inserted = jdbc.inTransaction("record feedback", connection -> Jdbc.update(connection,
                "INSERT INTO feedback (conversation_id, message_id, helpful, comment, created_at)"
                        + " SELECT m.conversation_id, m.id, ?, ?, ? FROM message m"
                        + " WHERE m.id = ? AND m.conversation_id = ?",
                feedback.helpful(), feedback.comment(), feedback.at(), feedback.messageId(),
                feedback.conversationId()));
        if (inserted == 0) {
            throw new NotFoundException("no message " + feedback.messageId() + " in conversation "
                    + feedback.conversationId());
        }
    }

    @Override
    public long recordOnDelivery(String conversationId, long outboxId, boolean helpful, String comment, Instant at) {
        Feedback checked = new Feedback(conversationId, 0, helpful, comment, at);
        return jdbc.inTransaction("record feedback on a delivery", connection -> {
            long messageId = Jdbc.queryOne(connection, "SELECT message_id FROM outbox WHERE id = ? AND conversation_id = ?",
                    row -> row.getLong(1), outboxId, conversationId).orElseThrow(() -> new NotFoundException(
                            "no reply " + outboxId + " in conversation " + conversationId));
            Jdbc.update(connection, "INSERT INTO feedback (conversation_id, message_id, helpful, comment, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)", conversationId, messageId, checked.helpful(), checked.comment(),
                    checked.at());
            return messageId;
        });
    }
}
