package org.osee.bot.store;

import java.time.Clock;

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
}
