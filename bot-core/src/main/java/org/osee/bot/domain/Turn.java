package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/** One message of a conversation's history, as the assistant sees it. */
public record Turn(Author author, String text, Instant at) {
    public Turn {
        Objects.requireNonNull(author, "author");
        text = text == null ? "" : text;
        at = at == null ? Instant.EPOCH : at;
    }
}
