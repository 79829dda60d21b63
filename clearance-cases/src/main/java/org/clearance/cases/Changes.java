package org.clearance.cases;

import java.util.List;

/**
 * What changed since an alert was last decided, when a re-screening reopened it.
 *
 * @param party the party's properties (or {@code schema}) that differ
 * @param entry the list entry's fields that differ (fields of the stored entity, e.g. {@code names})
 */
public record Changes(List<String> party, List<String> entry) {
    public static final Changes NONE = new Changes(List.of(), List.of());

    public Changes {
        party = List.copyOf(party);
        entry = List.copyOf(entry);
    }
}
