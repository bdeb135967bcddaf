package org.osee.bot.port;

import org.osee.knowledge.OseeException;

/** The change asked for no longer applies: someone else decided first (a draft already sent or discarded). */
public class ConflictException extends OseeException {
    public ConflictException(String message) {
        super(message);
    }
}
