package org.clearance.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.clearance.cases.Alert;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.CaseJson;
import org.clearance.cases.Decision;
import org.clearance.cases.PartyCase;
import org.clearance.store.ListStore;

/**
 * {@code GET /parties/{id}/history[?date=YYYY-MM-DD]}: the list entries a stored party was matched
 * to, each with when it was listed, and, for a day, which of them were listed then. A party counts
 * as listed through its confirmed matches only (true matches approved by a second person): entries
 * decided false positive are shown apart, and the rest as unreviewed, since a hit is not yet a finding.
 */
final class PartyHistory {
    private PartyHistory() {}

    static ObjectNode of(PartyCase k, ListStore store, LocalDate day) {
        ObjectNode o = CaseJson.of(k.party());
        ArrayNode entries = o.putArray("entries");
        ObjectNode on = day == null ? null : o.putObject("on_date").put("date", day.toString());
        ArrayNode confirmed = on == null ? null : on.putArray("confirmed");
        ArrayNode unreviewed = on == null ? null : on.putArray("unreviewed");
        ArrayNode falsePositive = on == null ? null : on.putArray("false_positive");
        for (Alert a : k.alerts()) {
            ObjectNode e = ListingView.of(store, a.entityId(), day);
            e.put("caption", a.caption()).put("alert", a.id()).put("alert_status", a.status().wire());
            e.put("decision", a.decision() == null ? null : a.decision().wire());
            entries.add(e);
            if (on != null && e.path("on_date").path("listed").asBoolean(false)) {
                boolean approved = a.decision() == Decision.TRUE_MATCH && a.status() == AlertStatus.CLOSED;
                (approved ? confirmed
                        : a.decision() == Decision.FALSE_POSITIVE ? falsePositive : unreviewed).add(a.entityId());
            }
        }
        if (on != null) {
            on.put("listed", !confirmed.isEmpty());
        }
        return o;
    }
}
