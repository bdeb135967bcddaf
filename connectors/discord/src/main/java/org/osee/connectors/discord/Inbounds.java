package org.osee.connectors.discord;

import java.time.Instant;
import java.util.Map;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.MessageKind;

/**
 * Builds bot-core's inbound messages from what Discord delivered. The platform id is the Discord message id, or the
 * interaction id for slash commands and buttons (both snowflakes, so they never collide).
 */
final class Inbounds {
    static final String CHANNEL = "discord";

    private Inbounds() {}

    static InboundMessage text(Question q) {
        return new InboundMessage(CHANNEL, Long.toUnsignedString(q.messageId()), q.key().key(),
                Long.toUnsignedString(q.author()), q.authorName(), q.text(), null, q.at(), q.metadata());
    }

    /**
     * A new version of a question: its own platform id ({@code <message id>@edit:<edit time in ms>}, so the inbox keeps
     * every edit once) referring to the question's message id.
     */
    static InboundMessage edit(Question q, Instant editedAt) {
        String id = Long.toUnsignedString(q.messageId());
        return new InboundMessage(CHANNEL, id + "@edit:" + editedAt.toEpochMilli(), q.key().key(),
                Long.toUnsignedString(q.author()), q.authorName(), q.text(), null, editedAt, q.metadata(),
                MessageKind.EDIT, id);
    }

    /** A press of "talk to a person" or {@code /human}: a request for staff. */
    static InboundMessage human(long platformId, ThreadKey key, long user, String name, Instant at,
                                Map<String, String> metadata) {
        return new InboundMessage(CHANNEL, Long.toUnsignedString(platformId), key.key(), Long.toUnsignedString(user),
                name, "", null, at, metadata, MessageKind.HUMAN, null);
    }

    /** A press of "helpful" or "not helpful" under the answer with that outbox id. */
    static InboundMessage feedback(long platformId, Buttons.Press press, long user, String name, Instant at,
                                   Map<String, String> metadata) {
        MessageKind kind = press.action() == Buttons.Action.HELPFUL ? MessageKind.HELPFUL : MessageKind.NOT_HELPFUL;
        return new InboundMessage(CHANNEL, Long.toUnsignedString(platformId), press.key().key(),
                Long.toUnsignedString(user), name, "", null, at, metadata, kind, Long.toString(press.outboxId()));
    }
}
