package org.clearance.store;

/** The database failed or holds something it should not; the message says which operation. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : ""), cause);
    }
}
