package org.clearance.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.clearance.cases.Alert;
import org.clearance.cases.CaseStore;
import org.clearance.cases.Decision;
import org.clearance.lists.DatasetCatalog;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.PartyGroups;
import org.clearance.model.Entity;

/**
 * News for a party already alerted on one listing: another list now lists the same party (an entry a new version
 * added, linked to the listing the alert is on). A party dismissed as a false positive on that listing is not the
 * listed party, so it gets no news.
 *
 * @param partyId    the stored party
 * @param alertId    its alert on the listing known before
 * @param knownEntry the entry that alert is on
 * @param newEntry   the entry the new version added
 * @param dataset    the list of the new entry
 * @param on         the publication date of the version that added it: when the store first saw the listing
 */
public record AlsoListed(String partyId, long alertId, String knownEntry, String newEntry, String dataset, LocalDate on) {
    /** The event in words, as the report and the audit log give it. */
    public String text() {
        return "also listed by " + DatasetCatalog.title(dataset) + " (" + dataset + ") on " + on + ": " + newEntry;
    }

    /**
     * The news that added entries make: for each entry linked to entries of other lists, every party alerted on one
     * of those.
     *
     * @param index the screening index of the current versions, whose parties link the entries
     */
    static List<AlsoListed> find(MatchIndex index, Collection<String> added, String dataset, LocalDate on, CaseStore cases) {
        PartyGroups groups = index.groups();
        List<AlsoListed> out = new ArrayList<>();
        for (String id : added) {
            if (!groups.linked(id)) {
                continue;
            }
            for (String known : groups.members(groups.groupId(id))) {
                boolean otherList = index.entity(known).map(Entity::dataset).filter(d -> !d.equals(dataset)).isPresent();
                if (!otherList) {
                    continue;
                }
                for (Alert a : cases.alertsOn(known)) {
                    if (a.decision() != Decision.FALSE_POSITIVE) {
                        out.add(new AlsoListed(a.partyId(), a.id(), known, id, dataset, on));
                    }
                }
            }
        }
        return out;
    }
}
