package org.clearance.cases;

import java.util.List;

/**
 * One row of the review queue: a stored party and one listed party it was found to match, with the
 * alerts it raised on that party's listings. Alerts stay one per party and list entry, so that a
 * delisting closes only the alert it opened while another list still lists the party; the row is
 * how a reviewer sees and decides them together.
 *
 * @param groupId the listed party's id as the screening index links entries ({@code PartyGroups.groupId}):
 *                a linked group's, or the one entry's own
 * @param alerts  the alerts on the listed party's entries, in queue order (the best first); never empty
 */
public record PartyAlerts(Party party, String groupId, List<Alert> alerts) {
    public PartyAlerts {
        alerts = List.copyOf(alerts);
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("a queue row of party " + party.id() + " needs an alert");
        }
    }

    /** The row's first alert in queue order: the one the row is sorted by and opens. */
    public Alert best() {
        return alerts.get(0);
    }

    /** The alerts in a status, as the decision forms act on them. */
    public List<Alert> inStatus(AlertStatus status) {
        return alerts.stream().filter(a -> a.status() == status).toList();
    }
}
