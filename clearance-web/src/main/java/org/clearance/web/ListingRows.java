package org.clearance.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.clearance.lists.DatasetCatalog;
import org.clearance.match.links.PartyMatch;
import org.clearance.model.Entity;

/**
 * A party's listings as the screening and alert pages show them (the {@code listings} partial): list, entry id,
 * name as listed, programmes, listing date, "delisted on D" where a list version dropped the entry, and the
 * entry's score where there is one.
 */
final class ListingRows {
    private final Messages messages;

    ListingRows(Messages messages) {
        this.messages = messages;
    }

    /** A listing of the lists screened: listed now. */
    Map<String, Object> of(PartyMatch.Listing l) {
        return of(l, null);
    }

    /** @param delisted the publication date of the version that dropped the entry, or null while it is listed */
    Map<String, Object> of(PartyMatch.Listing l, LocalDate delisted) {
        Entity e = l.entity();
        Map<String, Object> x = new HashMap<>();
        x.put("dataset", DatasetCatalog.title(e.dataset()));
        x.put("id", e.id());
        x.put("href", CaseView.entityHref(e.id()));
        x.put("caption", e.caption());
        x.put("programmes", String.join(", ", l.programmes()));
        x.put("listed_on", l.listedOn() == null ? "" : l.listedOn().toString());
        // under the table's Score heading the cell is the figure alone, not "score 100%" as a hit's line says it
        x.put("score", l.score() == null ? "" : messages.format("listing_score", ScreenPage.percent(l.score())));
        if (delisted != null) {
            x.put("delisted", messages.format("listing_delisted_on", delisted.toString()));
        }
        return x;
    }
}
