package org.osee.bot.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import javax.sql.DataSource;

import org.osee.bot.domain.ClaimedMessage;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.InboxStore;

/** {@link InboxStore} over JDBC: a conversation found or created by (channel, thread key), a message, an inbox item. */
public final class JdbcInboxStore implements InboxStore {
    private static final int NAME_MAX = 512;

    private final Jdbc jdbc;

    public JdbcInboxStore(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public boolean store(InboundMessage message) {
        return jdbc.inTransaction("store an inbound message", connection -> insert(connection, message) != null);
    }

    @Override
    public Stored storeClaiming(InboundMessage message, String claimant, Instant leaseUntil) {
        return jdbc.inTransaction("store and claim an inbound message", connection -> {
            Inserted inserted = insert(connection, message);
            if (inserted == null) {
                return new Stored(false, null);
            }
            if (message.kind().isFeedback() || behindAnother(connection, inserted)) {
                return new Stored(true, null); // its turn comes after the conversation's earlier message
            }
            Jdbc.update(connection, "UPDATE inbox SET claimed_by = ?, lease_until = ?, attempts = 1 WHERE id = ?",
                    claimant, leaseUntil, inserted.inboxId());
            if (!inserted.newConversation()) {
                return new Stored(true, JdbcWorkQueue.loadClaimed(connection, inserted.inboxId()));
            }
            // a conversation begun by this message: nothing to read back that is not known here
            InboundMessage stored = inserted.stored();
            ConversationSnapshot fresh = new ConversationSnapshot(inserted.conversationId(), stored.channel(),
                    ConversationStatus.OPEN, stored.languageHint(), List.of());
            return new Stored(true, new ClaimedMessage(inserted.inboxId(), inserted.messageId(), fresh, stored, 1));
        });
    }

    /** Whether an earlier message of the same conversation is still pending. */
    private static boolean behindAnother(Connection connection, Inserted inserted) throws SQLException {
        return Jdbc.queryOne(connection, "SELECT id FROM inbox WHERE conversation_id = ? AND state = 'PENDING'"
                + " AND id < ?", row -> row.getLong(1), inserted.conversationId(), inserted.inboxId()).isPresent();
    }

    /**
     * Where a stored message went, and the message as stored; {@code messageId} is 0 for feedback, which is no turn.
     */
    private record Inserted(String conversationId, boolean newConversation, long inboxId, long messageId,
                            InboundMessage stored) {
    }

    /**
     * The message as it is stored and as the queue reads it back: names cut to their column, the language hint
     * checked, the time to the microsecond (what both databases keep, so no rounding differs).
     */
    private static InboundMessage asStored(InboundMessage m) {
        return new InboundMessage(m.channel(), m.platformMessageId(), m.threadKey(), m.sender(),
                Jdbc.truncate(m.senderName(), NAME_MAX), m.text(), hint(m),
                m.receivedAt().truncatedTo(ChronoUnit.MICROS), m.metadata(), m.kind(),
                Jdbc.truncate(m.refersTo(), NAME_MAX));
    }

    /** Inserts the message (and its turn); {@code null}, with the transaction rolled back, when it was not stored. */
    private Inserted insert(Connection connection, InboundMessage received) throws SQLException {
        Instant now = jdbc.now();
        InboundMessage message = asStored(received);
        if (message.kind().isFeedback() && !conversationExists(connection, message)) {
            return null; // feedback names a reply, so its conversation must exist; none is created for it
        }
        String created = UUID.randomUUID().toString();
        String conversationId = conversationFor(connection, message, now, created);
        OptionalLong inserted = Jdbc.insertIfAbsent(connection, "INSERT INTO inbox (channel, platform_message_id,"
                        + " conversation_id, thread_key, sender, sender_name, language_hint, metadata, received_at,"
                        + " kind, refers_to, state, attempts, next_attempt_at, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?) ON CONFLICT DO NOTHING",
                message.channel(), message.platformMessageId(), conversationId, message.threadKey(),
                message.sender(), message.senderName(), message.languageHint(), Json.metadata(message.metadata()),
                message.receivedAt(), message.kind(), message.refersTo(), now, now, now);
        if (inserted.isEmpty()) {
            connection.rollback();
            return null;
        }
        long inboxId = inserted.getAsLong();
        if (message.kind().isFeedback()) {
            return new Inserted(conversationId, false, inboxId, 0, message); // work for a worker, not a turn
        }
        long messageId = Jdbc.insert(connection, "INSERT INTO message (conversation_id, inbox_id, author, author_name,"
                        + " body, citations, language, created_at) VALUES (?, ?, 'USER', ?, ?, '[]', ?, ?)",
                conversationId, inboxId, message.senderName(), message.text(), message.languageHint(), now);
        return new Inserted(conversationId, conversationId.equals(created), inboxId, messageId, message);
    }

    private static boolean conversationExists(Connection connection, InboundMessage message) throws SQLException {
        return Jdbc.queryOne(connection, "SELECT id FROM conversation WHERE channel = ? AND thread_key = ?",
                row -> row.getString(1), message.channel(), message.threadKey()).isPresent();
    }

    /**
     * The conversation's id; a resolved conversation is reopened by a new message (not by feedback). A conversation
     * created here gets the id {@code created} and is returned as it is (two statements fewer on the first message of
     * a conversation).
     */
    private String conversationFor(Connection connection, InboundMessage message, Instant now, String created)
            throws SQLException {
        if (Jdbc.update(connection, "INSERT INTO conversation (id, channel, thread_key, participant, participant_name,"
                        + " language, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                created, message.channel(), message.threadKey(), message.sender(), message.senderName(),
                message.languageHint(), ConversationStatus.OPEN, now, now) > 0) {
            return created;
        }
        String id = Jdbc.queryOne(connection, "SELECT id FROM conversation WHERE channel = ? AND thread_key = ?",
                row -> row.getString(1), message.channel(), message.threadKey()).orElseThrow();
        Jdbc.update(connection, "UPDATE conversation SET updated_at = ?,"
                + " status = CASE WHEN status = 'RESOLVED' AND ? THEN 'OPEN' ELSE status END,"
                + " language = COALESCE(language, ?) WHERE id = ?", now, !message.kind().isFeedback(),
                message.languageHint(), id);
        return id;
    }

    /** The language hint when it looks like a language code, else {@code null}. */
    private static String hint(InboundMessage message) {
        String hint = message.languageHint();
        return hint == null || hint.isBlank() || hint.length() > 16 ? null : hint;
    }

    @Override
    public void reject(InboundMessage message, String reason) {
        jdbc.inTransaction("record a rejected message", connection -> Jdbc.update(connection,
                "INSERT INTO rejection (channel, platform_message_id, sender, reason, text_bytes, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                printable(message.channel(), 64), printable(message.platformMessageId(), NAME_MAX),
                printable(message.sender(), NAME_MAX), printable(reason, 1000),
                message.text().getBytes(StandardCharsets.UTF_8).length, jdbc.now()));
    }

    /** Makes a value safe to store whatever it holds: NULs and lone surrogates replaced, length capped. */
    static String printable(String value, int max) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && out.length() < max; i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired && out.length() + 2 <= max) {
                out.append(c).append(value.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (!paired) {
                out.append(c);
            } else {
                break;
            }
        }
        return out.toString();
    }
}
