package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/** A person's verdict on one reply: helpful or not, with an optional comment. */
public record Feedback(String conversationId, long messageId, boolean helpful, String comment, Instant at) {
    public Feedback {
        Objects.requireNonNull(conversationId, "conversationId");
        comment = comment == null ? "" : comment;
        if (comment.length() > 4000) {
            throw new IllegalArgumentException("comment must be at most 4000 characters, was " + comment.length());
        }
        at = at == null ? Instant.now() : at;
    }
}
