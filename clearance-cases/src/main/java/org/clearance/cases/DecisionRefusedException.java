package org.clearance.cases;

/** The caller may not take this step: a role that does not decide, or approving their own proposal. */
public final class DecisionRefusedException extends RuntimeException {
    public DecisionRefusedException(String message) {
        super(message);
    }
}
