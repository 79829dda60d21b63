package org.clearance.cases;

/** What an analyst decides about an alert; the lower-case name is how it is stored and shown. */
public enum Decision {
    /** Not the listed party: closes the alert, and it stays closed while neither side changes. */
    FALSE_POSITIVE,
    /** The listed party: final only once a different person with the approver role approves it. */
    TRUE_MATCH,
    /** Needs a more senior look: stays open, marked as escalated. */
    ESCALATE;

    public String wire() {
        return WireNames.of(this);
    }

    /** @throws IllegalArgumentException listing the decisions when {@code s} is none of them */
    public static Decision parse(String s) {
        return WireNames.parse(values(), s, "decision", "decisions");
    }
}
