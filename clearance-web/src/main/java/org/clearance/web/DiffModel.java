package org.clearance.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.lists.DatasetCatalog;
import org.clearance.store.ListDiff;

/**
 * The changes between two versions of a dataset as the diff page shows them: the counts, then one
 * page of each kind of change. Between two OFAC versions a year apart thousands of entries differ,
 * so entries are shown {@value #PAGE_SIZE} of each kind at a time.
 */
final class DiffModel {
    /**
     * Entries of each kind (added, removed, changed) per page: a page an analyst can scan, and a
     * bounded size for the browser whatever the versions (a whole OFAC year is ~2,000 changed entries).
     */
    static final int PAGE_SIZE = 200;

    /** An entry as the diff lists it, with the fields that changed (empty for added and removed entries). */
    record Row(String id, String caption, String href, List<String> fields) {}

    private DiffModel() {}

    /** @param page the page wanted, from 1; past the last page the sections are empty */
    static Map<String, Object> of(ListDiff d, int page, Messages messages) {
        String dataset = d.from().dataset();
        Map<String, Object> m = new HashMap<>();
        m.put("dataset", dataset);
        m.put("datasetTitle", DatasetCatalog.title(dataset));
        m.put("datasetHref", Links.dataset(dataset));
        m.put("from", d.from());
        m.put("to", d.to());
        m.put("fromEntities", messages.format("lists_count", d.from().entityCount()));
        m.put("toEntities", messages.format("lists_count", d.to().entityCount()));
        m.put("addedCount", messages.format("lists_count", d.added().size()));
        m.put("removedCount", messages.format("lists_count", d.removed().size()));
        m.put("changedCount", messages.format("lists_count", d.changed().size()));
        m.put("added", slice(d.added().stream().map(e -> row(e.entityId(), e.caption(), List.of())).toList(), page));
        m.put("removed", slice(d.removed().stream().map(e -> row(e.entityId(), e.caption(), List.of())).toList(), page));
        m.put("changed", slice(d.changed().stream().map(c -> row(c.entityId(), c.caption(),
                c.fields().stream().map(f -> fieldLabel(f, messages)).toList())).toList(), page));
        int largest = Math.max(d.added().size(), Math.max(d.removed().size(), d.changed().size()));
        int pages = Math.max(1, (largest + PAGE_SIZE - 1) / PAGE_SIZE);
        m.put("page", page);
        m.put("pages", pages);
        m.put("paged", pages > 1);
        if (page > 1) {
            m.put("previous", Links.diff(dataset, d.from().id(), d.to().id(), page - 1));
        }
        if (page < pages) {
            m.put("next", Links.diff(dataset, d.from().id(), d.to().id(), page + 1));
        }
        m.put("nothing", largest == 0);
        m.put("addedNone", d.added().isEmpty());
        m.put("removedNone", d.removed().isEmpty());
        m.put("changedNone", d.changed().isEmpty());
        return m;
    }

    private static Row row(String id, String caption, List<String> fields) {
        return new Row(id, caption, Links.entity(id), fields);
    }

    private static List<Row> slice(List<Row> rows, int page) {
        int from = Math.min(rows.size(), (page - 1) * PAGE_SIZE);
        return rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE));
    }

    /** A stored field's name in words where messages.properties has it, else the field name itself. */
    private static String fieldLabel(String field, Messages messages) {
        String key = "diff_field_" + field;
        return messages.all().containsKey(key) ? messages.format(key) : field;
    }
}
