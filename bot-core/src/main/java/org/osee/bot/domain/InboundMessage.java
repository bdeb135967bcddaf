package org.osee.bot.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message from a person, normalised by the connector that received it.
 *
 * @param channel           the channel's name ("email", "discord", "telegram", "web", "console")
 * @param platformMessageId the platform's own id for this message; a repeated id on the same channel is a duplicate
 *                          (an edit carries an id of its own, such as {@code <id>@edit:<editedAt millis>})
 * @param threadKey         groups messages into one conversation on that channel (email thread root, chat id...)
 * @param sender            the sender's address or handle on the platform
 * @param senderName        a display name, may be empty
 * @param text              the new text of the message (quotes and signatures already removed); may be empty for
 *                          feedback and requests for a person
 * @param languageHint      ISO 639-1 code the platform suggests, or {@code null}
 * @param receivedAt        when the platform received it
 * @param metadata          channel-specific values the connector needs back when replying (email subject,
 *                          Message-ID, References...); never interpreted by bot-core
 * @param kind              text, feedback, request for a person or edit ({@code null} means TEXT)
 * @param refersTo          for HELPFUL / NOT_HELPFUL the outbox id ({@link OutboundMessage#id()}, decimal) of the
 *                          reply concerned; for EDIT the platform message id of the edited message; else {@code null}
 */
public record InboundMessage(String channel, String platformMessageId, String threadKey, String sender,
                             String senderName, String text, String languageHint, Instant receivedAt,
                             Map<String, String> metadata, MessageKind kind, String refersTo) {
    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(platformMessageId, "platformMessageId");
        Objects.requireNonNull(threadKey, "threadKey");
        Objects.requireNonNull(sender, "sender");
        senderName = senderName == null ? "" : senderName;
        text = text == null ? "" : text;
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        kind = kind == null ? MessageKind.TEXT : kind;
        refersTo = refersTo == null || refersTo.isBlank() ? null : refersTo;
    }

    /** A text message. */
    public InboundMessage(String channel, String platformMessageId, String threadKey, String sender,
                          String senderName, String text, String languageHint, Instant receivedAt,
                          Map<String, String> metadata) {
        this(channel, platformMessageId, threadKey, sender, senderName, text, languageHint, receivedAt, metadata,
                MessageKind.TEXT, null);
    }
}
