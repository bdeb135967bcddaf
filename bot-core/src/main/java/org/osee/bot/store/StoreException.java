package org.osee.bot.store;

import org.osee.knowledge.OseeException;

/** The database failed or could not be reached; the operation may succeed when tried again later. */
public class StoreException extends OseeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
