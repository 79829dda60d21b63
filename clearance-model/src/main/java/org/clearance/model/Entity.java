package org.clearance.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entry of one list: the contract between the parsers and everything downstream.
 *
 * <p>Fields keep what the source says (names in their script, countries as written); derived,
 * normalised forms belong to the code that needs them. Lists are never null and are unmodifiable.
 *
 * @param id           stable id: {@code <dataset>-<sourceId>}
 * @param dataset      dataset id, e.g. {@code us_ofac_sdn}
 * @param sourceId     the source's own id for the entry (OFAC ent_num, UN DATAID, ...)
 * @param schema       person, organisation, vessel, ...
 * @param names        primary name first, then aliases in source order
 * @param birthDates   full or partial birth dates (incorporation dates for organisations)
 * @param birthPlaces  places of birth as written
 * @param nationalities nationalities or citizenships as written
 * @param countries    other countries the entry names (residence, jurisdiction, flag)
 * @param addresses    addresses
 * @param identifiers  passports, national ids, registration numbers, IMO, ...
 * @param sanctions    programmes the entry is listed under
 * @param gender       {@code male}, {@code female} or null
 * @param positions    titles and positions held
 * @param relations    links to other parties the source states
 * @param properties   other facts by FtM property name (email, phone, website, callSign, ...)
 * @param notes        remarks the parser did not turn into a field, kept verbatim
 * @param sourceUrl    where the source publishes this entry or list
 */
public record Entity(
        String id,
        String dataset,
        String sourceId,
        Schema schema,
        List<Name> names,
        List<PartialDate> birthDates,
        List<String> birthPlaces,
        List<String> nationalities,
        List<String> countries,
        List<Address> addresses,
        List<Identifier> identifiers,
        List<Sanction> sanctions,
        String gender,
        List<String> positions,
        List<Relation> relations,
        SortedMap<String, List<String>> properties,
        List<String> notes,
        String sourceUrl) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(schema, "schema");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no name");
        }
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        nationalities = List.copyOf(nationalities);
        countries = List.copyOf(countries);
        addresses = List.copyOf(addresses);
        identifiers = List.copyOf(identifiers);
        sanctions = List.copyOf(sanctions);
        positions = List.copyOf(positions);
        relations = List.copyOf(relations);
        TreeMap<String, List<String>> props = new TreeMap<>();
        properties.forEach((k, v) -> props.put(k, List.copyOf(v)));
        properties = Collections.unmodifiableSortedMap(props);
        notes = List.copyOf(notes);
    }

    /** The name to show for the entity: its primary name. */
    public String caption() {
        return names.get(0).full();
    }

    /** The stable entity id for a source record. */
    public static String idFor(String dataset, String sourceId) {
        return dataset + "-" + sourceId;
    }

    public static Builder builder(String dataset, String sourceId, Schema schema) {
        return new Builder(dataset, sourceId, schema);
    }

    /**
     * Collects an entry while a parser reads it. Repeated values are kept once (lists often repeat an
     * alias or a country), in first-seen order.
     */
    public static final class Builder {
        private final String dataset;
        private final String sourceId;
        private Schema schema;
        private final LinkedHashSet<Name> names = new LinkedHashSet<>();
        private final LinkedHashSet<PartialDate> birthDates = new LinkedHashSet<>();
        private final LinkedHashSet<String> birthPlaces = new LinkedHashSet<>();
        private final LinkedHashSet<String> nationalities = new LinkedHashSet<>();
        private final LinkedHashSet<String> countries = new LinkedHashSet<>();
        private final LinkedHashSet<Address> addresses = new LinkedHashSet<>();
        private final LinkedHashSet<Identifier> identifiers = new LinkedHashSet<>();
        private final LinkedHashSet<Sanction> sanctions = new LinkedHashSet<>();
        private String gender;
        private final LinkedHashSet<String> positions = new LinkedHashSet<>();
        private final LinkedHashSet<Relation> relations = new LinkedHashSet<>();
        private final TreeMap<String, LinkedHashSet<String>> properties = new TreeMap<>();
        private final List<String> notes = new ArrayList<>();
        private String sourceUrl;

        private Builder(String dataset, String sourceId, Schema schema) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
            this.schema = Objects.requireNonNull(schema, "schema");
        }

        public Builder schema(Schema schema) {
            this.schema = Objects.requireNonNull(schema);
            return this;
        }

        public Schema schema() {
            return schema;
        }

        public Builder name(Name name) {
            if (!name.full().isBlank()) {
                names.add(name);
            }
            return this;
        }

        public Builder name(String full, NameKind kind) {
            return full == null ? this : name(Name.of(full.trim(), kind));
        }

        public Builder birthDate(PartialDate date) {
            birthDates.add(Objects.requireNonNull(date));
            return this;
        }

        public Builder birthPlace(String place) {
            return addText(birthPlaces, place);
        }

        public Builder nationality(String nationality) {
            return addText(nationalities, nationality);
        }

        public Builder country(String country) {
            return addText(countries, country);
        }

        public Builder address(Address address) {
            if (address.full() != null && !address.full().isBlank()) {
                addresses.add(address);
            }
            return this;
        }

        public Builder identifier(Identifier identifier) {
            identifiers.add(Objects.requireNonNull(identifier));
            return this;
        }

        public Builder sanction(Sanction sanction) {
            sanctions.add(Objects.requireNonNull(sanction));
            return this;
        }

        public Builder gender(String gender) {
            this.gender = gender;
            return this;
        }

        public Builder position(String position) {
            return addText(positions, position);
        }

        public Builder relation(Relation relation) {
            relations.add(Objects.requireNonNull(relation));
            return this;
        }

        public Builder property(String name, String value) {
            if (value != null && !value.isBlank()) {
                properties.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(value.trim());
            }
            return this;
        }

        public Builder note(String note) {
            if (note != null && !note.isBlank()) {
                notes.add(note.trim());
            }
            return this;
        }

        public Builder sourceUrl(String url) {
            this.sourceUrl = url;
            return this;
        }

        private Builder addText(LinkedHashSet<String> set, String value) {
            if (value != null && !value.isBlank()) {
                set.add(value.trim());
            }
            return this;
        }

        /** Builds the entity; the primary name must have been added first. */
        public Entity build() {
            TreeMap<String, List<String>> props = new TreeMap<>();
            for (Map.Entry<String, LinkedHashSet<String>> e : properties.entrySet()) {
                props.put(e.getKey(), new ArrayList<>(e.getValue()));
            }
            return new Entity(idFor(dataset, sourceId), dataset, sourceId, schema,
                    new ArrayList<>(names), new ArrayList<>(birthDates), new ArrayList<>(birthPlaces),
                    new ArrayList<>(nationalities), new ArrayList<>(countries), new ArrayList<>(addresses),
                    new ArrayList<>(identifiers), new ArrayList<>(sanctions), gender,
                    new ArrayList<>(positions), new ArrayList<>(relations), props, notes, sourceUrl);
        }
    }
}
