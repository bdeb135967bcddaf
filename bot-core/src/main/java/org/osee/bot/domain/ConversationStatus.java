package org.osee.bot.domain;

/** Where a conversation stands. */
public enum ConversationStatus {
    OPEN,
    ESCALATED,
    WAITING_FOR_USER,
    RESOLVED
}
