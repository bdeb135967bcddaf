package org.osee.bot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.osee.bot.domain.Author;
import org.osee.bot.domain.Conversation;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.DeliveryState;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.MessageKind;
import org.osee.bot.domain.StoredMessage;
import org.osee.bot.domain.Turn;

/** Reading rows back into domain records; the queries several stores share. */
final class Rows {
    static final String CONVERSATION_COLUMNS = "c.id, c.channel, c.thread_key, c.participant, c.participant_name,"
            + " c.language, c.status, c.created_at, c.updated_at";

    private static final String MESSAGE_SELECT = "SELECT m.id, m.conversation_id, m.author, m.author_name, m.body,"
            + " m.citations, m.decision, m.confidence, m.escalation_reason, m.created_at, m.retrieved,"
            + " (SELECT MIN(o.state) FROM outbox o WHERE o.message_id = m.id) AS delivery FROM message m";

    private Rows() {
    }

    static Conversation conversation(ResultSet row) throws SQLException {
        return new Conversation(row.getString("id"), row.getString("channel"), row.getString("thread_key"),
                row.getString("participant"), row.getString("participant_name"), row.getString("language"),
                Jdbc.enumValue(row, "status", ConversationStatus.class), Jdbc.instant(row, "created_at"),
                Jdbc.instant(row, "updated_at"));
    }

    static Optional<Conversation> loadConversation(Connection connection, String id) throws SQLException {
        return Jdbc.queryOne(connection, "SELECT " + CONVERSATION_COLUMNS + " FROM conversation c WHERE c.id = ?",
                Rows::conversation, id);
    }

    static List<StoredMessage> messages(Connection connection, String conversationId) throws SQLException {
        return Jdbc.query(connection, MESSAGE_SELECT + " WHERE m.conversation_id = ? ORDER BY m.id",
                Rows::storedMessage, conversationId);
    }

    static StoredMessage message(Connection connection, long id) throws SQLException {
        return Jdbc.queryOne(connection, MESSAGE_SELECT + " WHERE m.id = ?", Rows::storedMessage, id)
                .orElseThrow(() -> new SQLException("message " + id + " vanished"));
    }

    private static StoredMessage storedMessage(ResultSet row) throws SQLException {
        double confidence = row.getDouble("confidence");
        Double boxed = row.wasNull() ? null : confidence;
        String decision = row.getString("decision");
        return new StoredMessage(row.getLong("id"), row.getString("conversation_id"),
                Jdbc.enumValue(row, "author", Author.class), row.getString("author_name"), row.getString("body"),
                Json.citations(row.getString("citations")), decision == null ? null : Decision.valueOf(decision),
                boxed, Jdbc.enumValue(row, "escalation_reason", EscalationReason.class),
                deliveryState(row.getString("delivery")), Jdbc.instant(row, "created_at"),
                Json.retrieved(row.getString("retrieved")));
    }

    /** MIN over the states of a message's outbox items: DEAD < DELIVERED < PENDING alphabetically. */
    private static DeliveryState deliveryState(String state) {
        return state == null ? null : DeliveryState.valueOf(state);
    }

    /** The conversation as the assistant sees it before message {@code beforeMessageId}: no internal notes. */
    static ConversationSnapshot snapshot(Connection connection, Conversation conversation, long beforeMessageId)
            throws SQLException {
        List<Turn> history = Jdbc.query(connection, "SELECT author, body, created_at FROM message"
                        + " WHERE conversation_id = ? AND id < ? AND author <> 'INTERNAL_NOTE' ORDER BY id",
                row -> new Turn(Jdbc.enumValue(row, "author", Author.class), row.getString("body"),
                        Jdbc.instant(row, "created_at")),
                conversation.id(), beforeMessageId);
        return new ConversationSnapshot(conversation.id(), conversation.channel(), conversation.status(),
                conversation.language(), history);
    }

    /** The inbound message stored as inbox item {@code inboxId}, with its text (empty for feedback). */
    static InboundMessage inbound(Connection connection, long inboxId) throws SQLException {
        return Jdbc.queryOne(connection, "SELECT i.channel, i.platform_message_id, i.thread_key, i.sender,"
                        + " i.sender_name, i.language_hint, i.received_at, i.metadata, i.kind, i.refers_to, m.body"
                        + " FROM inbox i LEFT JOIN message m ON m.inbox_id = i.id AND m.author = 'USER'"
                        + " WHERE i.id = ?",
                row -> new InboundMessage(row.getString("channel"), row.getString("platform_message_id"),
                        row.getString("thread_key"), row.getString("sender"), row.getString("sender_name"),
                        row.getString("body"), row.getString("language_hint"), Jdbc.instant(row, "received_at"),
                        Json.metadata(row.getString("metadata")), Jdbc.enumValue(row, "kind", MessageKind.class),
                        row.getString("refers_to")),
                inboxId).orElseThrow(() -> new SQLException("inbox item " + inboxId + " vanished"));
    }
}
