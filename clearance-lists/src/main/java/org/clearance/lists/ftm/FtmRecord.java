package org.clearance.lists.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearance.io.ListParseException;

/**
 * One FollowTheMoney entity as a line of the file gives it, before it is mapped to the model.
 *
 * @param id         the FtM entity id
 * @param schema     the FtM schema name ({@code Person}, {@code Sanction}, ...)
 * @param caption    the display name OpenSanctions computed, or null
 * @param properties property values by FtM property name, in file order, as text
 * @param referents  ids of the source records merged into this entity (other entities may point at them)
 * @param line       the line of the file where the entity starts, for error messages
 */
record FtmRecord(String id, String schema, String caption, Map<String, List<String>> properties,
                 List<String> referents, long line) {

    FtmRecord {
        properties = Map.copyOf(properties);
        referents = List.copyOf(referents);
    }

    /** The values of a property, empty when absent. */
    List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** The first value of a property, or null. */
    String first(String property) {
        List<String> v = values(property);
        return v.isEmpty() ? null : v.get(0);
    }

    /** This id and every referent: the ids under which other entities may point here. */
    List<String> allIds() {
        List<String> ids = new ArrayList<>(referents.size() + 1);
        ids.add(id);
        ids.addAll(referents);
        return ids;
    }

    /**
     * Reads one parsed JSON object. {@code id} and {@code schema} are required: without them an
     * entity cannot be mapped nor linked, so their absence is a structural error.
     */
    static FtmRecord of(JsonNode node, String file, long line, long column) throws ListParseException {
        String id = text(node, "id");
        if (id == null) {
            throw new ListParseException(file, line, column, "id", "FtM entity without an id");
        }
        String schema = text(node, "schema");
        if (schema == null) {
            throw new ListParseException(file, line, column, "schema", "FtM entity " + id + " has no schema");
        }
        JsonNode props = node.get("properties");
        if (props != null && !props.isNull() && !props.isObject()) {
            throw new ListParseException(file, line, column, "properties",
                    "FtM entity " + id + ": properties must be a JSON object, found " + props.getNodeType());
        }
        Map<String, List<String>> properties = new LinkedHashMap<>();
        if (props != null && props.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                List<String> values = values(e.getValue());
                if (!values.isEmpty()) {
                    properties.put(e.getKey(), values);
                }
            }
        }
        return new FtmRecord(id, schema, text(node, "caption"), properties,
                values(node.get("referents")), line);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        String t = v.asText().strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Property values as text. FtM writes arrays of strings; some published files write a bare
     * string, a number or nested objects (hand-enriched exports): those are kept as their JSON text
     * rather than dropped, since a value the source gives is a fact.
     */
    private static List<String> values(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode item : v) {
                addValue(out, item);
            }
        } else {
            addValue(out, v);
        }
        return out;
    }

    private static void addValue(List<String> out, JsonNode item) {
        if (item == null || item.isNull()) {
            return;
        }
        String t = item.isValueNode() ? item.asText() : item.toString();
        if (!t.isBlank()) {
            out.add(t.strip());
        }
    }
}
