package org.osee.bot.domain;

/** Who wrote a message in a conversation. */
public enum Author {
    USER,
    BOT,
    STAFF,
    /** A staff note that is never sent to the user. */
    INTERNAL_NOTE
}
