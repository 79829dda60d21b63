package org.clearance.cases;

/**
 * The alert changed since the caller read it (another decision came first), or it is in a state that
 * does not take this step. Nothing was stored: read the alert again and decide on what it is now.
 */
public final class AlertConflictException extends RuntimeException {
    public AlertConflictException(String message) {
        super(message);
    }
}
