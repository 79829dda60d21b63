package org.clearance.match.batch;

/** A field of a party row that cannot be screened; the caller adds the file and line, or the party id. */
public final class BadFieldException extends Exception {
    private final String field;
    private final String reason;

    public BadFieldException(String field, String reason) {
        super("field " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
