package org.osee.knowledge;

/**
 * Root of every exception the project throws on purpose. Unchecked; subclasses exist only where a
 * caller acts differently on them.
 */
public class OseeException extends RuntimeException {
    public OseeException(String message) {
        super(message);
    }

    public OseeException(String message, Throwable cause) {
        super(message, cause);
    }
}
