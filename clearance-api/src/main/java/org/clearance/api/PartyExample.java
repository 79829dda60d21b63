package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.model.Schema;

/**
 * One party to screen as yente's query example: what callers inside the JVM (the web pages) hand the
 * {@link Service}, and what the API reads a query's JSON into at its edge. Properties keep FtM's names
 * because they say more than the scorer reads: the audit entry keeps them, and {@link QueryMapper}
 * names the ones it does not use.
 *
 * @param id         the caller's id of the party, or null
 * @param properties FtM property names to their values, in the order given
 */
public record PartyExample(String id, Schema schema, Map<String, List<String>> properties) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> FIELDS = Set.of("id", "schema", "properties");

    public PartyExample {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        properties = Collections.unmodifiableMap(copy);
    }

    /** A party of this schema with no properties yet. */
    public static PartyExample of(String id, Schema schema) {
        return new PartyExample(id, schema, Map.of());
    }

    /** This party with one more value of a property; an empty value is left out, as a form leaves out an empty field. */
    public PartyExample with(String property, String value) {
        if (value.isEmpty()) {
            return this;
        }
        Map<String, List<String>> p = new LinkedHashMap<>(properties);
        List<String> values = new ArrayList<>(p.getOrDefault(property, List.of()));
        values.add(value);
        p.put(property, values);
        return new PartyExample(id, schema, p);
    }

    /** The example in yente's JSON, as the audit log keeps a query. */
    ObjectNode json() {
        ObjectNode o = NODES.objectNode();
        if (id != null) {
            o.put("id", id);
        }
        o.put("schema", schema.ftmName());
        ObjectNode p = o.putObject("properties");
        properties.forEach((k, vs) -> vs.forEach(p.withArray(k)::add));
        return o;
    }

    /**
     * Reads a query example from the API's JSON, refusing what yente's shape does not allow.
     *
     * @param at where the example is in the request, for messages (e.g. {@code parties[3]})
     */
    static PartyExample read(String at, JsonNode example) {
        if (example == null || !example.isObject()) {
            throw ApiException.badRequest(at + ": must be an object with schema and properties");
        }
        for (var it = example.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw ApiException.badRequest(at + ": unknown field '" + f + "' (fields: id, schema, properties)");
            }
        }
        Schema schema = schema(at, example.path("schema"));
        JsonNode props = example.path("properties");
        if (!props.isObject()) {
            throw ApiException.badRequest(at + ".properties: must be an object of property names to lists of values");
        }
        Map<String, List<String>> properties = new LinkedHashMap<>();
        props.fields().forEachRemaining(e -> properties.put(e.getKey(), values(at + ".properties." + e.getKey(),
                QueryMapper.NAME_PROPERTIES.contains(e.getKey()) || QueryMapper.NAME_PART_PROPERTIES.contains(e.getKey()),
                e.getValue())));
        JsonNode id = example.path("id");
        return new PartyExample(id.isTextual() ? id.asText() : null, schema, properties);
    }

    private static Schema schema(String at, JsonNode node) {
        if (!node.isTextual()) {
            throw ApiException.badRequest(at + ".schema: required, an FtM schema name such as Person or Company");
        }
        String s = node.asText().strip();
        return Schema.ofFtm(s).orElseThrow(() -> ApiException.badRequest(at + ".schema: unknown schema '" + s + "'; schemata: Thing, "
                + String.join(", ", Arrays.stream(Schema.values()).map(Schema::ftmName).toList())));
    }

    /**
     * yente takes a property as a list of values or one value (one value is read as a list of one). Names are
     * text: a number where a name belongs is a mistake in the request, not a name to screen.
     */
    private static List<String> values(String at, boolean name, JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode v : node) {
                out.add(value(at, name, v));
            }
        } else {
            out.add(value(at, name, node));
        }
        return out;
    }

    private static String value(String at, boolean name, JsonNode v) {
        if (name ? v.isTextual() : v.isValueNode() && !v.isNull()) {
            return v.asText();
        }
        throw ApiException.badRequest(at + ": values must be " + (name ? "strings (names)" : "strings or numbers")
                + ", got " + v.getNodeType().name().toLowerCase(Locale.ROOT));
    }
}
