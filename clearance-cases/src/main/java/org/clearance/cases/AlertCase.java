package org.clearance.cases;

import java.util.List;

/** An alert with its party and its decisions, oldest first. */
public record AlertCase(Alert alert, Party party, List<DecisionEntry> history) {
    public AlertCase {
        history = List.copyOf(history);
    }
}
