package org.clearance.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clearance.model.EntityJson;

/**
 * A party screened and kept for review: a customer, supplier or counterparty, in yente's entity shape.
 *
 * @param id          the caller's own id for the party, or one derived from its content when it gave none
 * @param schema      an FtM schema name, e.g. Person or Company
 * @param properties  FtM property name to its values, in canonical form (names sorted, values distinct,
 *                    stripped and sorted, blank values and empty properties left out); treat as read-only
 * @param contentHash SHA-256 of schema and properties in that form: equal for the same facts in any order
 */
public record Party(String id, String schema, ObjectNode properties, String contentHash) {
    /** Party ids at most, as the table holds them. */
    public static final int MAX_ID_LENGTH = 200;
    /**
     * Hex digits of the content hash in a derived id: 96 bits, so two different parties never share
     * one in practice, and short enough to read out.
     */
    static final int DERIVED_ID_DIGITS = 24;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A party from what a caller sent. Without an id the party is named by its content, so sending
     * the same facts again finds the same party; a party that changes over time needs the caller's id.
     *
     * @throws IllegalArgumentException naming the field when the schema, id or a property is not usable
     */
    public static Party of(String id, String schema, JsonNode properties) {
        if (schema == null || schema.isBlank()) {
            throw new IllegalArgumentException("schema: required, an FtM schema name such as Person or Company");
        }
        if (properties == null || !properties.isObject()) {
            throw new IllegalArgumentException("properties: must be an object of property names to lists of values");
        }
        Map<String, TreeSet<String>> canonical = new TreeMap<>();
        for (var it = properties.fields(); it.hasNext(); ) {
            var e = it.next();
            TreeSet<String> values = new TreeSet<>();
            for (JsonNode v : e.getValue().isArray() ? e.getValue() : JSON.createArrayNode().add(e.getValue())) {
                if (!v.isValueNode() || v.isNull()) {
                    throw new IllegalArgumentException("properties." + e.getKey() + ": values must be strings or numbers");
                }
                if (!v.asText().isBlank()) {
                    values.add(v.asText().strip());
                }
            }
            if (!values.isEmpty()) {
                canonical.put(e.getKey(), values);
            }
        }
        ObjectNode props = JSON.createObjectNode();
        canonical.forEach((k, vs) -> vs.forEach(props.withArray(k)::add));
        String s = schema.strip();
        String hash = EntityJson.sha256(JSON.createObjectNode().put("schema", s).set("properties", props).toString());
        String partyId = id == null || id.isBlank() ? "p-" + hash.substring(0, DERIVED_ID_DIGITS) : id.strip();
        if (partyId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("id: at most " + MAX_ID_LENGTH + " characters, got " + partyId.length());
        }
        return new Party(partyId, s, props, hash);
    }

    /** The party's names (its {@code name} property), sorted; empty when it has none. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        properties.path("name").forEach(n -> out.add(n.asText()));
        return out;
    }
}
