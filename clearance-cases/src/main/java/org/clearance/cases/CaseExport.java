package org.clearance.cases;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Cases written out for auditors and other systems, one alert each, streamed from the store:
 * CSV (one row per alert, its last decision in columns) or JSON (an array, the whole history).
 */
public final class CaseExport {
    /** The CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("alert_id", "party_id", "party_schema", "party_name",
            "entity_id", "dataset", "caption", "score", "status", "decision", "proposed_by", "opened_at", "updated_at",
            "closed_reason", "decisions", "last_decision_by", "last_decision_at", "last_reason");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseStore store;

    public CaseExport(CaseStore store) {
        this.store = store;
    }

    public void csv(Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).build().print(out);
        store.forEachCase(k -> {
            Alert a = k.alert();
            DecisionEntry last = k.history().isEmpty() ? null : k.history().get(k.history().size() - 1);
            try {
                csv.printRecord(a.id(), a.partyId(), k.party().schema(), String.join("; ", k.party().names()),
                        a.entityId(), a.dataset(), a.caption(), a.score(), a.status().wire(),
                        a.decision() == null ? "" : a.decision().wire(), a.proposedBy(), a.openedAt(), a.updatedAt(),
                        a.closedReason(), k.history().size(), last == null ? "" : last.actor(),
                        last == null ? "" : last.at(), last == null ? "" : last.reason());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    public void json(Writer out) throws IOException {
        JsonGenerator g = JSON.getFactory().createGenerator(out);
        g.writeStartArray();
        store.forEachCase(k -> {
            try {
                JSON.writeTree(g, CaseJson.of(k));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        g.writeEndArray();
        g.flush();
    }
}
