package org.clearance.cases;

/** Where an alert stands; the lower-case name is how it is stored and shown. */
public enum AlertStatus {
    /** Waiting for an analyst (new, reopened, escalated or sent back by an approver). */
    OPEN,
    /** An analyst says true match; a second person with the approver role must confirm it. */
    PENDING_APPROVAL,
    /** Decided (false positive, approved true match) or closed by monitoring (the entry was delisted). */
    CLOSED;

    public String wire() {
        return WireNames.of(this);
    }

    /** @throws IllegalArgumentException listing the statuses when {@code s} is none of them */
    public static AlertStatus parse(String s) {
        return WireNames.parse(values(), s, "status", "statuses");
    }
}
