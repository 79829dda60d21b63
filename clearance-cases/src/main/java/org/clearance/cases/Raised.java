package org.clearance.cases;

/** What recording one hit did to the party's alert for that entry. */
public record Raised(String entityId, long alertId, Outcome outcome) {
    /** The ways a hit meets the alert of its party and entry. */
    public enum Outcome {
        /** No alert for the pair yet: one was opened. */
        OPENED,
        /** A closed alert opened again: its false positive no longer holds, or the entry was listed again. */
        REOPENED,
        /** An undecided alert whose party or entry changed: updated to what was screened now. */
        UPDATED,
        /** An undecided alert for the same party and entry content: left as it is. */
        UNCHANGED,
        /** A false positive for the same party and entry content: not raised again. */
        SUPPRESSED,
        /** An approved true match: stays closed, the match being established. */
        CONFIRMED;

        /** The name as shown in JSON and the audit log. */
        public String wire() {
            return WireNames.of(this);
        }
    }
}
