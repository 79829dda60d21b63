package org.clearance.cases;

import java.time.Instant;
import org.clearance.access.Role;

/**
 * One step in an alert's history.
 *
 * @param decision a {@link Decision} name, or {@code approved} / {@code rejected} for the approver's step
 */
public record DecisionEntry(long alertId, String actor, Role role, String decision, String reason, Instant at) {
    static final String APPROVED = "approved";
    static final String REJECTED = "rejected";
}
