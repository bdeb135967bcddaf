package org.osee.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osee.bot.domain.Author;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.ReplyFeed;

/**
 * {@link ReplyFeed} over JDBC: outbox items that are pending or delivered (not given up), with their message. Reads
 * only; each call is one short transaction.
 */
public final class JdbcReplyFeed implements ReplyFeed {
    private static final String COLUMNS = "SELECT o.id, o.channel, o.conversation_id, o.recipient, c.thread_key,"
            + " m.author, m.body, m.citations, m.decision, m.language, m.confidence";
    private static final String VISIBLE = " o.state IN ('PENDING', 'DELIVERED')";
    private static final String AFTER = COLUMNS + " FROM conversation c JOIN outbox o ON o.conversation_id = c.id"
            + " JOIN message m ON m.id = o.message_id"
            + " WHERE c.channel = ? AND c.thread_key = ? AND o.id > ? AND" + VISIBLE + " ORDER BY o.id LIMIT ?";
    private static final String REPLY_TO = COLUMNS + " FROM inbox i JOIN conversation c ON c.id = i.conversation_id"
            + " JOIN outbox o ON o.conversation_id = i.conversation_id AND o.inbox_id = i.id"
            + " JOIN message m ON m.id = o.message_id"
            + " WHERE i.channel = ? AND i.platform_message_id = ? AND" + VISIBLE + " ORDER BY o.id LIMIT 1";

    private final Jdbc jdbc;

    public JdbcReplyFeed(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public List<OutboundMessage> after(String channel, String threadKey, long after, int limit) {
        return jdbc.inTransaction("read the replies of a thread", connection -> Jdbc.query(connection, AFTER,
                JdbcReplyFeed::reply, channel, threadKey, after, limit));
    }

    @Override
    public Optional<OutboundMessage> replyTo(String channel, String platformMessageId) {
        return jdbc.inTransaction("read the reply to a message", connection -> Jdbc.queryOne(connection, REPLY_TO,
                JdbcReplyFeed::reply, channel, platformMessageId));
    }

    @Override
    public Optional<ConversationStatus> status(String channel, String threadKey) {
        return jdbc.inTransaction("read the status of a conversation", connection -> Jdbc.queryOne(connection,
                "SELECT status FROM conversation WHERE channel = ? AND thread_key = ?",
                row -> Jdbc.enumValue(row, "status", ConversationStatus.class), channel, threadKey));
    }

    private static OutboundMessage reply(ResultSet r) throws SQLException {
        String decision = r.getString("decision");
        return new OutboundMessage(r.getLong("id"), r.getString("channel"), r.getString("conversation_id"),
                r.getString("thread_key"), r.getString("recipient"), Jdbc.enumValue(r, "author", Author.class),
                r.getString("body"), Json.citations(r.getString("citations")),
                decision == null ? null : Decision.valueOf(decision), r.getString("language"), null, null,
                r.getDouble("confidence"));
    }
}
