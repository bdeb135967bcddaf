package org.osee.bot.port;

import org.osee.knowledge.OseeException;

/** What was asked for (a conversation, a message, an outbox item) does not exist. */
public class NotFoundException extends OseeException {
    public NotFoundException(String message) {
        super(message);
    }
}
