package org.osee.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.osee.bot.domain.Author;
import org.osee.bot.domain.ClaimedDelivery;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.MessageKind;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Outbox;

/**
 * {@link Outbox} over JDBC; claims use {@code FOR UPDATE SKIP LOCKED} like the {@link JdbcWorkQueue}, and skip items
 * with an earlier pending item in their conversation.
 */
public final class JdbcOutbox implements Outbox {
    private static final String DUE = "SELECT o.id FROM outbox o WHERE o.channel = ? AND o.state = 'PENDING'"
            + " AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until < ?)"
            + " AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.conversation_id = o.conversation_id"
            + " AND e.state = 'PENDING' AND e.id < o.id)"
            + " ORDER BY o.id LIMIT ? FOR UPDATE SKIP LOCKED";

    private static final String LOAD = "SELECT o.id, o.channel, o.conversation_id, o.recipient, o.inbox_id, o.attempts,"
            + " o.replaces, c.thread_key, m.author, m.body, m.citations, m.decision, m.language, m.confidence FROM outbox o"
            + " JOIN conversation c ON c.id = o.conversation_id JOIN message m ON m.id = o.message_id WHERE o.id = ?";

    /**
     * The platform id of the latest delivered reply, in the same conversation, to the message an edit refers to (or to
     * an earlier edit of it, whose reply replaced that one).
     */
    private static final String EARLIER_REPLY = "SELECT o.platform_id FROM outbox o JOIN inbox i ON i.id = o.inbox_id"
            + " WHERE o.conversation_id = ? AND o.id < ? AND o.state = 'DELIVERED' AND o.platform_id IS NOT NULL"
            + " AND o.platform_id <> '' AND (i.platform_message_id = ? OR (i.kind = 'EDIT' AND i.refers_to = ?))"
            + " ORDER BY o.id DESC LIMIT 1";

    private final Jdbc jdbc;

    public JdbcOutbox(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public List<ClaimedDelivery> claim(String channel, String sender, Instant leaseUntil, int limit) {
        return jdbc.inTransaction("claim outgoing messages", connection -> {
            Instant now = jdbc.now();
            List<Long> ids = Jdbc.query(connection, DUE, row -> row.getLong(1), channel, now, now, limit);
            List<ClaimedDelivery> claimed = new ArrayList<>(ids.size());
            for (long id : ids) {
                Jdbc.update(connection, "UPDATE outbox SET claimed_by = ?, lease_until = ?, attempts = attempts + 1,"
                        + " updated_at = ? WHERE id = ?", sender, leaseUntil, now, id);
                claimed.add(load(connection, id));
            }
            return claimed;
        });
    }

    private static ClaimedDelivery load(Connection connection, long id) throws SQLException {
        record Row(OutboundMessage message, long inboxId, int attempts) { }
        Row row = Jdbc.queryOne(connection, LOAD, r -> {
            String decision = r.getString("decision");
            OutboundMessage message = new OutboundMessage(r.getLong("id"), r.getString("channel"),
                    r.getString("conversation_id"), r.getString("thread_key"), r.getString("recipient"),
                    Jdbc.enumValue(r, "author", Author.class), r.getString("body"),
                    Json.citations(r.getString("citations")), decision == null ? null : Decision.valueOf(decision),
                    r.getString("language"), null, r.getString("replaces"), r.getDouble("confidence"));
            return new Row(message, r.getLong("inbox_id"), r.getInt("attempts"));
        }, id).orElseThrow();
        OutboundMessage message = row.message();
        if (row.inboxId() != 0) {
            InboundMessage inReplyTo = Rows.inbound(connection, row.inboxId());
            String replaces = message.replaces() != null ? message.replaces() : earlierReply(connection, message, inReplyTo);
            message = new OutboundMessage(message.id(), message.channel(), message.conversationId(),
                    message.threadKey(), message.recipient(), message.author(), message.text(), message.citations(),
                    message.decision(), message.language(), inReplyTo, replaces, message.confidence());
        }
        return new ClaimedDelivery(message, row.attempts());
    }

    /**
     * For the reply to an edit, the platform id of the bot's earlier reply to the edited message, recorded on the
     * item so that a retry replaces the same message; {@code null} when there is none. Resolved at claim time, not
     * when the reply is written: replies of a conversation are delivered in order, so the earlier reply has its
     * platform id by now (unless it was never delivered, and then the new one is simply sent).
     */
    private static String earlierReply(Connection connection, OutboundMessage message, InboundMessage inReplyTo)
            throws SQLException {
        if (inReplyTo.kind() != MessageKind.EDIT || inReplyTo.refersTo() == null) {
            return null;
        }
        String platformId = Jdbc.queryOne(connection, EARLIER_REPLY, r -> r.getString(1), message.conversationId(),
                message.id(), inReplyTo.refersTo(), inReplyTo.refersTo()).orElse(null);
        if (platformId != null) {
            Jdbc.update(connection, "UPDATE outbox SET replaces = ? WHERE id = ?", platformId, message.id());
        }
        return platformId;
    }

    @Override
    public void delivered(long outboxId, String platformId) {
        jdbc.inTransaction("mark a message delivered", connection -> {
            Instant now = jdbc.now();
            return Jdbc.update(connection, "UPDATE outbox SET state = 'DELIVERED', platform_id = ?, delivered_at = ?,"
                    + " claimed_by = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'PENDING'",
                    Jdbc.truncate(platformId, 512), now, now, outboxId);
        });
    }

    @Override
    public void failed(long outboxId, String sender, String error, Instant retryAt) {
        jdbc.inTransaction("record a failed delivery", connection -> Jdbc.update(connection,
                "UPDATE outbox SET state = ?, next_attempt_at = COALESCE(?, next_attempt_at), last_error = ?,"
                        + " claimed_by = NULL, lease_until = NULL, updated_at = ?"
                        + " WHERE id = ? AND claimed_by = ? AND state = 'PENDING'",
                retryAt == null ? "DEAD" : "PENDING", retryAt, Jdbc.truncate(error, 2000), jdbc.now(), outboxId,
                sender));
    }

    @Override
    public void postpone(long outboxId, String sender, String reason, Instant retryAt) {
        jdbc.inTransaction("postpone a delivery", connection -> Jdbc.update(connection,
                "UPDATE outbox SET next_attempt_at = ?, last_error = ?, attempts = attempts - 1,"
                        + " claimed_by = NULL, lease_until = NULL, updated_at = ?"
                        + " WHERE id = ? AND claimed_by = ? AND state = 'PENDING'",
                retryAt, Jdbc.truncate(reason, 2000), jdbc.now(), outboxId, sender));
    }
}
