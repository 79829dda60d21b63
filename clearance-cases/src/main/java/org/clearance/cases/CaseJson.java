package org.clearance.cases;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON shape of cases, one for the service and the export alike. Field names are snake_case as in yente. */
public final class CaseJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CaseJson() {}

    public static ObjectNode of(Party p) {
        ObjectNode o = NODES.objectNode().put("id", p.id()).put("schema", p.schema());
        o.set("properties", p.properties().deepCopy());
        return o.put("content_hash", p.contentHash());
    }

    public static ObjectNode of(Alert a) {
        ObjectNode o = NODES.objectNode().put("id", a.id()).put("party_id", a.partyId()).put("entity_id", a.entityId())
                .put("dataset", a.dataset()).put("caption", a.caption()).put("score", a.score())
                .put("status", a.status().wire()).put("decision", a.decision() == null ? null : a.decision().wire())
                .put("proposed_by", a.proposedBy()).put("version", a.version()).put("opened_at", a.openedAt().toString())
                .put("updated_at", a.updatedAt().toString()).put("closed_reason", a.closedReason())
                .put("party_hash", a.partyHash()).put("entry_hash", a.entryHash());
        ObjectNode changes = o.putObject("changes");
        a.changes().party().forEach(changes.putArray("party")::add);
        a.changes().entry().forEach(changes.putArray("entry")::add);
        o.set("explanation", a.explanation().deepCopy());
        return o;
    }

    public static ObjectNode of(DecisionEntry d) {
        return NODES.objectNode().put("actor", d.actor()).put("role", d.role().id())
                .put("decision", d.decision()).put("reason", d.reason()).put("at", d.at().toString());
    }

    /** An alert with its party and history. */
    public static ObjectNode of(AlertCase k) {
        ObjectNode o = of(k.alert());
        o.set("party", of(k.party()));
        var h = o.putArray("history");
        k.history().forEach(d -> h.add(of(d)));
        return o;
    }

    /** A party with its alerts. */
    public static ObjectNode of(PartyCase k) {
        ObjectNode o = of(k.party());
        var arr = o.putArray("alerts");
        k.alerts().forEach(a -> arr.add(of(a)));
        return o;
    }

    /**
     * A row of the queue by party: the stored party, the listed party's id, the best alert's score and status, the
     * lists of its alerts, and the alerts themselves (each one listing), best first.
     */
    public static ObjectNode of(PartyAlerts row) {
        ObjectNode o = NODES.objectNode();
        o.set("party", of(row.party()));
        o.put("group_id", row.groupId()).put("score", row.best().score()).put("status", row.best().status().wire());
        var datasets = o.putArray("datasets");
        row.alerts().stream().map(Alert::dataset).distinct().forEach(datasets::add);
        var arr = o.putArray("alerts");
        row.alerts().forEach(a -> arr.add(of(a)));
        return o;
    }
}
