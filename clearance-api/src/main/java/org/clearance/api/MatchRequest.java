package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What {@code POST /match/{dataset}} screens, as yente's body defines it: {@code queries} (key to
 * query example), optional {@code weights} and {@code config}, both applied as {@code MatchConfig}
 * settings. The pages build it directly; the API reads it from the body with {@link #read}.
 *
 * @param queries the query examples by the caller's keys, in the order given
 */
public record MatchRequest(Map<String, PartyExample> queries, Map<String, String> weights, Map<String, String> config) {
    /**
     * Queries in one request at most: yente's own default batch limit (its {@code MAX_BATCH}), and it
     * keeps one request to a few seconds of screening so that it cannot hold the server.
     */
    static final int MAX_QUERIES = 100;

    private static final Set<String> FIELDS = Set.of("queries", "weights", "config");

    public MatchRequest {
        queries = Collections.unmodifiableMap(new LinkedHashMap<>(queries));
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** These queries with the default settings. */
    public static MatchRequest of(Map<String, PartyExample> queries) {
        return new MatchRequest(queries, Map.of(), Map.of());
    }

    /** The queries in yente's JSON, as the audit log keeps them. */
    ObjectNode queriesJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        queries.forEach((k, v) -> o.set(k, v.json()));
        return o;
    }

    static MatchRequest read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object with 'queries'");
        }
        for (var it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw ApiException.badRequest("unknown field '" + f + "'; fields: queries, weights, config");
            }
        }
        JsonNode q = body.path("queries");
        if (!q.isObject() || q.isEmpty()) {
            throw ApiException.badRequest("queries: required, an object of query keys to entity examples");
        }
        if (q.size() > MAX_QUERIES) {
            throw new ApiException(413, "queries: " + q.size() + " queries in one request; at most " + MAX_QUERIES
                    + " (send several requests)");
        }
        Map<String, String> weights = settings("weights", body.path("weights"));
        Map<String, String> config = settings("config", body.path("config"));
        Map<String, PartyExample> queries = new LinkedHashMap<>();
        q.fields().forEachRemaining(e -> queries.put(e.getKey(), PartyExample.read("queries." + e.getKey(), e.getValue())));
        return new MatchRequest(queries, weights, config);
    }

    private static Map<String, String> settings(String field, JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw ApiException.badRequest(field + ": must be an object of setting names to numbers");
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isNumber()) {
                throw ApiException.badRequest(field + "." + e.getKey() + ": must be a number");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }
}
