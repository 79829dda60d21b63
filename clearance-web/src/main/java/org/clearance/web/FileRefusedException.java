package org.clearance.web;

/** An uploaded file refused as a whole (not CSV or Excel, a bad header, too many rows); the message says why. */
final class FileRefusedException extends Exception {
    FileRefusedException(String message) {
        super(message);
    }

    FileRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
