package org.osee.connectors.email;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reply ready to be sent, as plain data: who to, which thread, the two bodies and the extra headers.
 *
 * @param messageId  our Message-ID, derived from the outbox id
 * @param to         the recipient's address
 * @param subject    "Re: " and the question's subject
 * @param inReplyTo  the Message-ID answered, or empty
 * @param references the thread's ids, oldest first
 * @param text       the text/plain body
 * @param html       the text/html alternative (escaped, no remote content)
 * @param language   ISO 639-1 code of the text
 * @param headers    further headers (Auto-Submitted, X-Auto-Response-Suppress)
 */
record ComposedReply(String messageId, String to, String subject, String inReplyTo, List<String> references,
                     String text, String html, String language, Map<String, String> headers) {
    ComposedReply {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        inReplyTo = inReplyTo == null ? "" : inReplyTo;
        references = List.copyOf(references);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        headers = Map.copyOf(headers);
    }
}
