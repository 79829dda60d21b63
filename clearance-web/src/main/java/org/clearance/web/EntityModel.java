package org.clearance.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearance.lists.DatasetCatalog;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.Name;
import org.clearance.model.Sanction;
import org.clearance.store.ListingHistory;
import org.clearance.store.StoredEntity;
import org.clearance.store.VersionInfo;

/**
 * A list entry as its page shows it: every field the parser kept, in the source's scripts, and the
 * stretches of time it was listed. Empty fields are left out rather than shown blank.
 */
final class EntityModel {
    /** A name with its kind in words and its language, when the source gives one. */
    record NameRow(String full, String kind, String lang) {}

    /** A label with its values, for the simple list-of-text fields. */
    record Fact(String label, List<String> values) {}

    record IdentifierRow(String type, String label, String value, String country, String note) {}

    record SanctionRow(String authority, String program, String listedOn, String reason) {}

    /** A related party: a link when the source names the related entry's id. */
    record RelationRow(String kind, String name, String href) {}

    /** One listing stretch: from the first version holding the entry to the first without it (null while listed). */
    record PeriodRow(String from, long fromVersion, String until, Long untilVersion) {}

    private EntityModel() {}

    static Map<String, Object> of(StoredEntity stored, ListingHistory history, Messages messages) {
        Entity e = stored.entity();
        Map<String, Object> m = new HashMap<>();
        m.put("id", e.id());
        m.put("caption", e.caption());
        m.put("schema", e.schema().ftmName());
        m.put("sourceId", e.sourceId());
        m.put("dataset", e.dataset());
        m.put("datasetTitle", DatasetCatalog.title(e.dataset()));
        m.put("datasetHref", Links.dataset(e.dataset()));
        m.put("version", stored.version());
        m.put("current", stored.current());
        m.put("names", e.names().stream().map(n -> nameRow(n, messages)).toList());
        m.put("facts", facts(e, messages));
        m.put("identifiers", e.identifiers().stream().map(EntityModel::identifierRow).toList());
        m.put("addresses", e.addresses().stream().map(a -> a.full()).filter(a -> a != null && !a.isBlank()).toList());
        m.put("sanctions", e.sanctions().stream().map(EntityModel::sanctionRow).toList());
        m.put("relations", e.relations().stream().map(r -> new RelationRow(r.kind(), r.targetName(),
                r.targetId() == null ? null : Links.entity(r.targetId()))).toList());
        List<Fact> other = new ArrayList<>();
        e.properties().forEach((k, v) -> other.add(new Fact(k, v)));
        m.put("properties", other);
        m.put("notes", e.notes());
        m.put("sourceUrl", isWebAddress(e.sourceUrl()) ? e.sourceUrl() : null);
        for (String list : List.of("facts", "identifiers", "addresses", "sanctions", "relations", "properties", "notes")) {
            m.put(list + "Any", !((List<?>) m.get(list)).isEmpty()); // whether the section is shown at all
        }
        m.put("history", history);
        m.put("periods", history.periods().stream().map(EntityModel::periodRow).toList());
        m.put("earliest", history.versions().get(0).publicationDate().toString());
        m.put("versionsStored", history.versions().size());
        return m;
    }

    private static NameRow nameRow(Name n, Messages messages) {
        return new NameRow(n.full(), messages.format("entity_kind_" + n.kind().name().toLowerCase(Locale.ROOT)), n.lang());
    }

    private static List<Fact> facts(Entity e, Messages messages) {
        List<Fact> out = new ArrayList<>();
        add(out, messages.format("entity_birth_dates"), e.birthDates().stream().map(Object::toString).toList());
        add(out, messages.format("entity_birth_places"), e.birthPlaces());
        add(out, messages.format("entity_nationalities"), e.nationalities());
        add(out, messages.format("entity_countries"), e.countries());
        add(out, messages.format("entity_gender"), e.gender() == null ? List.of() : List.of(e.gender()));
        add(out, messages.format("entity_positions"), e.positions());
        return out;
    }

    private static void add(List<Fact> out, String label, List<String> values) {
        if (!values.isEmpty()) {
            out.add(new Fact(label, values));
        }
    }

    private static IdentifierRow identifierRow(Identifier i) {
        return new IdentifierRow(i.type().name().toLowerCase(Locale.ROOT).replace('_', ' '), i.label(), i.value(),
                i.country(), i.note());
    }

    private static SanctionRow sanctionRow(Sanction s) {
        return new SanctionRow(s.authority(), s.program(), s.listedOn() == null ? null : s.listedOn().toString(), s.reason());
    }

    private static PeriodRow periodRow(ListingHistory.Period p) {
        VersionInfo until = p.firstAbsent();
        return new PeriodRow(p.firstListed().publicationDate().toString(), p.firstListed().id(),
                until == null ? null : until.publicationDate().toString(), until == null ? null : until.id());
    }

    /** Only http(s) addresses become links: a list file could carry a javascript: address. */
    private static boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
