package org.clearance.lists.ftm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.Name;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;

/**
 * Writes entities as FollowTheMoney JSON lines, the format of OpenSanctions' {@code entities.ftm.json},
 * so that the data works with the FtM tool chain (yente, nomenklatura, the {@code ftm} CLI) and
 * reads back through {@link FtmJsonLinesFormat}.
 *
 * <p>Each entity becomes one party line whose id is the entity's id, followed by one {@code Sanction}
 * line per sanction record (id {@code <entityId>-sanction-<n>}). Entity properties (already FtM
 * names) are written as they are. Not written: relations (FtM needs a link entity per relation and
 * most of ours name their target only by text) and an identifier's issuing country and note (FtM
 * party properties hold bare values).
 */
public final class FtmExporter {
    /** The FtM topic OpenSanctions gives every sanctioned party; yente filters on it. */
    static final String SANCTION_TOPIC = "sanction";

    private final JsonGenerator json;

    /** The writer stays open: closing it is the caller's business. */
    public FtmExporter(Writer out) throws IOException {
        this.json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null);
    }

    /** Writes one entity and its sanctions, each on its own line. */
    public void write(Entity e) throws IOException {
        write(e, List.of());
    }

    /**
     * Writes one entity and its sanctions, the entity with the ids of the entries of other lists that are the same
     * party as its {@code referents}, the field in which FtM tools (nomenklatura, yente) carry the ids a merged
     * entity was made of; none written when there are none.
     */
    public void write(Entity e, List<String> referents) throws IOException {
        writeLine(e.id(), e.schema().ftmName(), e.caption(), e.dataset(), true, partyProperties(e), referents);
        int n = 0;
        for (Sanction s : e.sanctions()) {
            n++;
            Map<String, Set<String>> p = new LinkedHashMap<>();
            put(p, "entity", e.id());
            put(p, "authority", s.authority());
            put(p, "program", s.program());
            put(p, "startDate", s.listedOn() == null ? null : s.listedOn().toString());
            put(p, "reason", s.reason());
            String caption = s.program() != null ? s.program() : "Sanction";
            writeLine(e.id() + "-sanction-" + n, "Sanction", caption, e.dataset(), false, p, List.of());
        }
    }

    /** Writes every entity. */
    public void writeAll(Iterable<Entity> entities) throws IOException {
        for (Entity e : entities) {
            write(e);
        }
    }

    /** Flushes what was written to the writer. */
    public void flush() throws IOException {
        json.flush();
    }

    private static Map<String, Set<String>> partyProperties(Entity e) {
        Map<String, Set<String>> p = new LinkedHashMap<>();
        for (Name n : e.names()) {
            put(p, switch (n.kind()) {
                case PRIMARY, ORIGINAL_SCRIPT -> "name";
                case ALIAS -> "alias";
                case WEAK_ALIAS -> "weakAlias";
                case FORMER -> "previousName";
            }, n.full());
            put(p, "firstName", n.given());
            put(p, "lastName", n.family());
        }
        // FtM keeps birthDate for people; the model's birth dates of organisations are incorporation dates
        String dateProperty = e.schema() == Schema.PERSON ? "birthDate" : "incorporationDate";
        e.birthDates().forEach(d -> put(p, dateProperty, d.toString()));
        e.birthPlaces().forEach(v -> put(p, "birthPlace", v));
        e.nationalities().forEach(v -> put(p, "nationality", v));
        e.countries().forEach(v -> put(p, "country", v));
        for (Address a : e.addresses()) {
            put(p, "address", a.full());
        }
        for (Identifier id : e.identifiers()) {
            put(p, identifierProperty(id), id.value());
        }
        put(p, "gender", e.gender());
        e.positions().forEach(v -> put(p, "position", v));
        e.notes().forEach(v -> put(p, "notes", v));
        put(p, "sourceUrl", e.sourceUrl());
        if (!e.sanctions().isEmpty()) {
            put(p, "topics", SANCTION_TOPIC);
        }
        e.properties().forEach((name, values) -> values.forEach(v -> put(p, name, v)));
        return p;
    }

    /** An identifier read from FtM keeps its property as label; others go by their type. */
    private static String identifierProperty(Identifier id) {
        if (id.label() != null && FtmVocabulary.IDENTIFIER_PROPERTIES.containsKey(id.label())) {
            return id.label();
        }
        return FtmVocabulary.EXPORT_IDENTIFIER_PROPERTY.get(id.type());
    }

    private static void put(Map<String, Set<String>> p, String property, String value) {
        if (value != null && !value.isBlank()) {
            p.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(value);
        }
    }

    private void writeLine(String id, String schema, String caption, String dataset, boolean target,
                           Map<String, Set<String>> properties, List<String> referents) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("schema", schema);
        json.writeStringField("caption", caption);
        json.writeObjectFieldStart("properties");
        for (Map.Entry<String, Set<String>> e : properties.entrySet()) {
            json.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                json.writeString(v);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("datasets");
        json.writeString(dataset);
        json.writeEndArray();
        json.writeBooleanField("target", target);
        if (!referents.isEmpty()) {
            json.writeArrayFieldStart("referents");
            for (String r : referents) {
                json.writeString(r);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }
}
