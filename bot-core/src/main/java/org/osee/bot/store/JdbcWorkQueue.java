package org.osee.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.Conversation;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.WorkQueue;

/**
 * {@link WorkQueue} over JDBC. Claims use {@code FOR UPDATE SKIP LOCKED}, so workers in several instances sharing a
 * PostgreSQL database never claim the same message (on H2, the embedded single instance, it is honoured too). A reply
 * on a channel whose platform is this database (the web chat) is recorded as delivered in the transaction that
 * records it, so it costs no outbox claim and no second commit; every other reply is queued for its channel's sender.
 */
public final class JdbcWorkQueue implements WorkQueue {
    private static final String NEXT_DUE = "SELECT i.id, i.conversation_id FROM inbox i"
            + " WHERE i.state = 'PENDING' AND i.next_attempt_at <= ? AND (i.lease_until IS NULL OR i.lease_until < ?)"
            + " AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.conversation_id = i.conversation_id"
            + " AND e.state = 'PENDING' AND e.id < i.id)"
            + " ORDER BY i.id LIMIT 1 FOR UPDATE SKIP LOCKED";

    private final Jdbc jdbc;
    private final Set<String> deliveredWhenRecorded;

    /**
     * @param deliveredWhenRecorded the channels whose platform is this database: their replies are delivered once
     *                              recorded
     */
    public JdbcWorkQueue(DataSource dataSource, Clock clock, Set<String> deliveredWhenRecorded) {
        this.jdbc = new Jdbc(dataSource, clock);
        this.deliveredWhenRecorded = Set.copyOf(deliveredWhenRecorded);
    }

    /** A queue whose every reply goes through its channel's sender. */
    public JdbcWorkQueue(DataSource dataSource, Clock clock) {
        this(dataSource, clock, Set.of());
    }

    @Override
    public Optional<ClaimedMessage> claim(String worker, Instant leaseUntil) {
        return jdbc.inTransaction("claim an inbound message", connection -> {
            Instant now = jdbc.now();
            Optional<Long> due = Jdbc.queryOne(connection, NEXT_DUE, row -> row.getLong("id"), now, now);
            if (due.isEmpty()) {
                return Optional.empty();
            }
            long inboxId = due.get();
            Jdbc.update(connection, "UPDATE inbox SET claimed_by = ?, lease_until = ?, attempts = attempts + 1,"
                    + " updated_at = ? WHERE id = ?", worker, leaseUntil, now, inboxId);
            return Optional.of(loadClaimed(connection, inboxId));
        });
    }

    /** The claimed message of inbox item {@code inboxId}, with its conversation as it was before it. */
    static ClaimedMessage loadClaimed(Connection connection, long inboxId) throws SQLException {
        record Item(String conversationId, int attempts, long messageId) { }
        Item item = Jdbc.queryOne(connection, "SELECT i.conversation_id, i.attempts, m.id AS message_id FROM inbox i"
                        + " LEFT JOIN message m ON m.inbox_id = i.id AND m.author = 'USER' WHERE i.id = ?",
                row -> new Item(row.getString(1), row.getInt(2), row.getLong(3)), inboxId).orElseThrow();
        Conversation conversation = Rows.loadConversation(connection, item.conversationId()).orElseThrow();
        long historyBefore = item.messageId() == 0 ? Long.MAX_VALUE : item.messageId(); // feedback: no message row
        return new ClaimedMessage(inboxId, item.messageId(),
                Rows.snapshot(connection, conversation, historyBefore), Rows.inbound(connection, inboxId),
                item.attempts());
    }

    @Override
    public boolean complete(ClaimedMessage claimed, String worker, Reply reply) {
        return jdbc.inTransaction("record a reply", connection -> {
            if (!markDone(connection, claimed, worker)) {
                return false;
            }
            record(connection, claimed, reply);
            return true;
        });
    }

    @Override
    public boolean hold(ClaimedMessage claimed, String worker, Reply draft, Reply acknowledgment) {
        if (acknowledgment.silent() || acknowledgment.decision() != Decision.ESCALATE) {
            throw new IllegalArgumentException("a held draft needs an acknowledgment that is sent and escalates");
        }
        return jdbc.inTransaction("hold a draft", connection -> {
            if (!markDone(connection, claimed, worker)) {
                return false;
            }
            long ackId = record(connection, claimed, acknowledgment);
            Jdbc.insert(connection, "INSERT INTO draft (conversation_id, inbox_id, ack_message_id, body, citations,"
                            + " confidence, language, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'HELD', ?)",
                    claimed.conversation().id(), claimed.inboxId(), ackId, draft.text(),
                    Json.citations(draft.citations()), draft.confidence(), draft.language(), jdbc.now());
            return true;
        });
    }

    /** Locks the conversation and marks the message done; false when the worker lost its claim. */
    private boolean markDone(Connection connection, ClaimedMessage claimed, String worker) throws SQLException {
        // the conversation first, as the inbox store does: the same lock order on both paths, no deadlock
        Jdbc.query(connection, "SELECT id FROM conversation WHERE id = ? FOR UPDATE", row -> row.getString(1),
                claimed.conversation().id());
        return Jdbc.update(connection, "UPDATE inbox SET state = 'DONE', claimed_by = NULL, lease_until = NULL,"
                + " updated_at = ? WHERE id = ? AND claimed_by = ? AND state = 'PENDING'",
                jdbc.now(), claimed.inboxId(), worker) > 0;
    }

    /**
     * Records the reply, updates the conversation and queues the reply unless silent (or records it delivered, on a
     * channel whose platform is this database); returns the message id.
     */
    private long record(Connection connection, ClaimedMessage claimed, Reply reply) throws SQLException {
        Instant now = jdbc.now();
        String conversationId = claimed.conversation().id();
        long messageId = Jdbc.insert(connection, "INSERT INTO message (conversation_id, inbox_id, author,"
                        + " author_name, body, citations, decision, confidence, escalation_reason, language,"
                        + " created_at, retrieved) VALUES (?, NULL, 'BOT', '', ?, ?, ?, ?, ?, ?, ?, ?)",
                conversationId, reply.text(), Json.citations(reply.citations()), reply.decision(),
                reply.confidence(), reply.escalationReason(), reply.language(), now,
                Json.retrieved(reply.retrieved()));
        Jdbc.update(connection, "UPDATE conversation SET status = ?, language = ?, updated_at = ? WHERE id = ?",
                statusAfter(reply), reply.language(), now, conversationId);
        if (reply.decision() == Decision.ESCALATE) {
            Jdbc.update(connection, "INSERT INTO escalation (conversation_id, message_id, reason, created_at)"
                    + " VALUES (?, ?, ?, ?)", conversationId, messageId, reply.escalationReason(), now);
        }
        if (reply.silent()) {
            return messageId;
        }
        if (deliveredWhenRecorded.contains(claimed.conversation().channel())) {
            Outboxes.recordDelivered(connection, conversationId, messageId, claimed.inboxId(), now);
        } else {
            Outboxes.enqueue(connection, conversationId, messageId, claimed.inboxId(), now);
        }
        return messageId;
    }

    @Override
    public boolean done(ClaimedMessage claimed, String worker) {
        return jdbc.inTransaction("mark a message handled", connection -> Jdbc.update(connection,
                "UPDATE inbox SET state = 'DONE', claimed_by = NULL, lease_until = NULL, updated_at = ?"
                        + " WHERE id = ? AND claimed_by = ? AND state = 'PENDING'",
                jdbc.now(), claimed.inboxId(), worker) > 0);
    }

    private static ConversationStatus statusAfter(Reply reply) {
        if (reply.resolved()) {
            return ConversationStatus.RESOLVED;
        }
        switch (reply.decision()) {
            case ESCALATE:
                return ConversationStatus.ESCALATED;
            case CLARIFY:
                return ConversationStatus.WAITING_FOR_USER;
            default:
                return ConversationStatus.OPEN;
        }
    }

    @Override
    public void fail(ClaimedMessage claimed, String worker, String error, Instant retryAt) {
        jdbc.inTransaction("record a failed message", connection -> Jdbc.update(connection,
                "UPDATE inbox SET state = ?, next_attempt_at = COALESCE(?, next_attempt_at), last_error = ?,"
                        + " claimed_by = NULL, lease_until = NULL, updated_at = ?"
                        + " WHERE id = ? AND claimed_by = ? AND state = 'PENDING'",
                retryAt == null ? "FAILED" : "PENDING", retryAt, Jdbc.truncate(error, 2000), jdbc.now(),
                claimed.inboxId(), worker));
    }

    @Override
    public void release(ClaimedMessage claimed, String worker) {
        jdbc.inTransaction("hand back a claimed message", connection -> Jdbc.update(connection,
                "UPDATE inbox SET claimed_by = NULL, lease_until = NULL,"
                        + " attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, updated_at = ?"
                        + " WHERE id = ? AND claimed_by = ? AND state = 'PENDING'",
                jdbc.now(), claimed.inboxId(), worker));
    }
}
