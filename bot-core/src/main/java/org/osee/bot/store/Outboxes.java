package org.osee.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** Writing an outbox item, shared by bot replies and staff replies. */
final class Outboxes {
    private Outboxes() {
    }

    /**
     * Queues message {@code messageId} for delivery to the conversation's thread through its channel. The recipient
     * recorded is the sender of the inbound message it answers (in a group conversation, the one who asked), else
     * the conversation's participant.
     */
    static void enqueue(Connection connection, String conversationId, long messageId, Long inboxId, Instant now)
            throws SQLException {
        Jdbc.update(connection, "INSERT INTO outbox (conversation_id, message_id, inbox_id, channel, recipient, state,"
                        + " attempts, next_attempt_at, created_at, updated_at)"
                        + " SELECT c.id, ?, ?, c.channel,"
                        + " COALESCE((SELECT i.sender FROM inbox i WHERE i.id = ?), c.participant),"
                        + " 'PENDING', 0, ?, ?, ? FROM conversation c WHERE c.id = ?",
                messageId, inboxId, inboxId, now, now, now, conversationId);
    }

    /**
     * Records message {@code messageId} as delivered already, for a channel whose platform is this database (the web
     * chat's page reads its replies from here): no sender claims it, and it is listed as any delivered reply is.
     */
    static void recordDelivered(Connection connection, String conversationId, long messageId, Long inboxId,
                                Instant now) throws SQLException {
        Jdbc.update(connection, "INSERT INTO outbox (conversation_id, message_id, inbox_id, channel, recipient, state,"
                        + " attempts, next_attempt_at, created_at, updated_at, delivered_at, platform_id)"
                        + " SELECT c.id, ?, ?, c.channel,"
                        + " COALESCE((SELECT i.sender FROM inbox i WHERE i.id = ?), c.participant),"
                        + " 'DELIVERED', 1, ?, ?, ?, ?, '' FROM conversation c WHERE c.id = ?",
                messageId, inboxId, inboxId, now, now, now, now, conversationId);
    }
}
