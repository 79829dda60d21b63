package org.clearance.cases;

/** No alert has the id a decision named. */
public final class UnknownAlertException extends RuntimeException {
    public UnknownAlertException(long id) {
        super("no alert " + id);
    }
}
