package org.clearance.cases;

/** No alert has the id a decision named. */
public final class UnknownAlertException extends RuntimeException {
    public UnknownAlertException(long id) {
        super("no alert " + id);
    }

    /** Something else of a case that does not exist, such as a review flag. */
    public UnknownAlertException(String message) {
        super(message);
    }
}
