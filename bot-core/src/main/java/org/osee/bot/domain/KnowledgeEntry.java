package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A staff FAQ entry: written in the console (often from a conversation), published by an admin into every
 * instance's knowledge index, cited with its own title, and withdrawn when it is no longer right.
 *
 * @param id             its id; its source path in citations is {@link #source()}
 * @param text           what it says
 * @param conversationId the conversation it was saved from, or {@code null}
 * @param status         draft, published or withdrawn
 * @param version        1 when created, one more at every change
 * @param author         the account that created it
 * @param updatedBy      the account that changed it last
 */
public record KnowledgeEntry(long id, EntryText text, String conversationId, Status status, long version,
                             String author, String updatedBy, Instant createdAt, Instant updatedAt) {
    /** The source path of published entries in the index, citations and document pages. */
    public static final String SOURCE_PREFIX = "faq/";

    public KnowledgeEntry {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** {@code faq/ID}: where citations of this entry point ({@code /doc/faq/ID}). */
    public String source() {
        return SOURCE_PREFIX + id;
    }

    /** Where an entry stands: only published entries are indexed and cited. */
    public enum Status { DRAFT, PUBLISHED, WITHDRAWN }
}
