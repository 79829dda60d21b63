package org.clearance.cases;

import java.util.List;

/** A party after recording its screening: the party with all its alerts, and what each hit did. */
public record Recorded(PartyCase party, List<Raised> raised) {
    public Recorded {
        raised = List.copyOf(raised);
    }
}
