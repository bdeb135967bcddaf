package org.osee.bot.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the staff console's queue shows: conversations in any of {@code statuses} (all when empty), on one channel,
 * in one language, assigned to one account, whose messages contain a text; one page of them.
 *
 * @param statuses  the statuses to show; empty: all
 * @param channel   a channel's name, or {@code null} for all
 * @param language  an ISO 639-1 code, or {@code null} for all
 * @param assignee  an account, {@link #UNASSIGNED} for conversations nobody works on, or {@code null} for all
 * @param text      words searched (case-insensitively, as one phrase) in the messages and the person's name, or
 *                  {@code null}
 * @param limit     page size, 1..{@value #MAX_LIMIT}
 * @param offset    rows skipped, not negative
 */
public record QueueQuery(Set<ConversationStatus> statuses, String channel, String language, String assignee,
                         String text, int limit, int offset) {
    /** The {@code assignee} value that selects conversations nobody is assigned to. */
    public static final String UNASSIGNED = "";
    public static final int MAX_LIMIT = 500;
    private static final int MAX_TEXT = 200;

    public QueueQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        channel = blankToNull(channel);
        language = blankToNull(language);
        text = blankToNull(text);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("search text must be at most " + MAX_TEXT + " characters, was "
                    + text.length());
        }
    }

    /** Every conversation, first page of {@code limit}. */
    public static QueueQuery all(int limit) {
        return new QueueQuery(Set.of(), null, null, null, null, limit, 0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
