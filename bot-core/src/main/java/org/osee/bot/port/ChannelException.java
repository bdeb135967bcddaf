package org.osee.bot.port;

import org.osee.knowledge.OseeException;

/** A channel could not deliver or receive; says whether trying again later may help. */
public class ChannelException extends OseeException {
    private final boolean retriable;

    public ChannelException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    public ChannelException(String message, boolean retriable) {
        super(message);
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
