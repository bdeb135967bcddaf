package org.osee.bot.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message to deliver through the channel a conversation came from, to the conversation's thread.
 *
 * @param id             the outbox item's id; stable across retries, so a channel can use it to avoid duplicates
 * @param channel        the channel's name
 * @param conversationId the conversation it belongs to
 * @param threadKey      the conversation's thread key on that channel: where the message goes (a chat, a channel
 *                       thread, an email thread)
 * @param recipient      the person it answers; informative only in group conversations, where it goes to the thread
 * @param author         BOT or STAFF
 * @param text           the text to send
 * @param citations      sources to list with the text
 * @param decision       the assistant's decision for bot replies, {@code null} for staff replies
 * @param language       ISO 639-1 code of the text
 * @param inReplyTo      the inbound message this answers, with the metadata its connector stored; may be {@code null}
 *                       for staff replies that answer the conversation as a whole
 * @param replaces       the platform id of an earlier outbound message this one replaces, for channels that
 *                       {@linkplain org.osee.bot.port.Channel#supportsEdits() support edits}; else {@code null}
 * @param confidence     the assistant's confidence (0..1) for bot replies, 0 for staff replies
 */
public record OutboundMessage(long id, String channel, String conversationId, String threadKey, String recipient,
                              Author author, String text, List<Citation> citations, Decision decision,
                              String language, InboundMessage inReplyTo, String replaces, double confidence) {
    public OutboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(threadKey, "threadKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        citations = citations == null ? List.of() : List.copyOf(citations);
        language = language == null ? "en" : language;
        replaces = replaces == null || replaces.isBlank() ? null : replaces;
        confidence = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
    }

    /** A message with no confidence recorded. */
    public OutboundMessage(long id, String channel, String conversationId, String threadKey, String recipient,
                           Author author, String text, List<Citation> citations, Decision decision,
                           String language, InboundMessage inReplyTo, String replaces) {
        this(id, channel, conversationId, threadKey, recipient, author, text, citations, decision, language,
                inReplyTo, replaces, 0);
    }

    /** A message that replaces nothing. */
    public OutboundMessage(long id, String channel, String conversationId, String threadKey, String recipient,
                           Author author, String text, List<Citation> citations, Decision decision,
                           String language, InboundMessage inReplyTo) {
        this(id, channel, conversationId, threadKey, recipient, author, text, citations, decision, language,
                inReplyTo, null);
    }

    /** Metadata of the message this replies to, or an empty map. */
    public Map<String, String> replyMetadata() {
        return inReplyTo == null ? Map.of() : inReplyTo.metadata();
    }
}
