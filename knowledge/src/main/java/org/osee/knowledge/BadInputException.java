package org.osee.knowledge;

/** Input that can never succeed as given (malformed, too large, unsupported); retrying will not help. */
public class BadInputException extends OseeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
