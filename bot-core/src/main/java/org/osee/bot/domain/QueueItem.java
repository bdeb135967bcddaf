package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the staff console's queue: a conversation with what staff need to triage it without opening it.
 *
 * @param conversation     the conversation
 * @param preview          the first words of the person's first message (empty when none or removed)
 * @param escalationReason why it was last escalated, or {@code null} when it never was
 * @param waitingSince     for an escalated conversation, when the person last wrote; else {@code null}
 * @param assignee         the account working on it, or {@code null}
 * @param assigneeName     that account's display name, or {@code null}
 */
public record QueueItem(Conversation conversation, String preview, EscalationReason escalationReason,
                        Instant waitingSince, String assignee, String assigneeName) {
    /** How long a preview is at most, in characters. */
    public static final int PREVIEW_CHARS = 120;

    public QueueItem {
        Objects.requireNonNull(conversation, "conversation");
        preview = preview(preview);
    }

    /** The first words of {@code text}, whitespace collapsed, cut at a word boundary with an ellipsis. */
    static String preview(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= PREVIEW_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', PREVIEW_CHARS);
        return flat.substring(0, cut > PREVIEW_CHARS / 2 ? cut : PREVIEW_CHARS) + "\u2026";
    }
}
