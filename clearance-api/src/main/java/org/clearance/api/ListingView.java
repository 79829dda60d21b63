package org.clearance.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clearance.store.ListStore;
import org.clearance.store.ListingHistory;
import org.clearance.store.VersionInfo;

/**
 * {@code GET /entities/{id}/history[?date=YYYY-MM-DD]}: when a list entry was listed, by the stored
 * versions of its dataset, and whether it was on a given day. Not in yente, which keeps no history.
 */
final class ListingView {
    private ListingView() {}

    /** The {@code date} query parameter: null when absent, a 400 when not a day. */
    static LocalDate day(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("date: '" + date + "' is not a day written YYYY-MM-DD");
        }
    }

    static ObjectNode of(ListStore store, String entityId, LocalDate day) {
        ListingHistory h = store.history(entityId)
                .orElseThrow(() -> new ApiException(404, "no entity '" + entityId + "' in any stored list version"));
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", h.entityId()).put("dataset", h.dataset());
        o.put("versions_stored", h.versions().size());
        o.put("earliest_version", h.versions().get(0).publicationDate().toString());
        var periods = o.putArray("listed");
        for (ListingHistory.Period p : h.periods()) {
            ObjectNode x = periods.addObject();
            version(x.putObject("from"), p.firstListed());
            if (p.firstAbsent() == null) {
                x.putNull("until");
            } else {
                version(x.putObject("until"), p.firstAbsent());
            }
        }
        if (day != null) {
            ObjectNode on = o.putObject("on_date").put("date", day.toString());
            var listed = h.listedOn(day);
            if (listed.isPresent()) {
                on.put("listed", listed.get());
            } else {
                on.putNull("listed").put("why", "no version of " + h.dataset() + " stored from that day or before");
            }
        }
        return o;
    }

    private static void version(ObjectNode o, VersionInfo v) {
        o.put("published", v.publicationDate().toString()).put("version", v.id());
    }
}
