package org.clearance.cases;

import java.util.List;

/** A stored party with all its alerts, highest score first. */
public record PartyCase(Party party, List<Alert> alerts) {
    public PartyCase {
        alerts = List.copyOf(alerts);
    }
}
