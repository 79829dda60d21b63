package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /match/{dataset}} as yente defines it: {@code queries} (key to query
 * example), optional {@code weights} and {@code config}, both applied as {@code MatchConfig} settings.
 *
 * @param queries the query examples by the caller's keys, in the order given
 */
record MatchRequest(Map<String, JsonNode> queries, Map<String, String> weights, Map<String, String> config) {
    /**
     * Queries in one request at most: yente's own default batch limit (its {@code MAX_BATCH}), and it
     * keeps one request to a few seconds of screening so that it cannot hold the server.
     */
    static final int MAX_QUERIES = 100;

    private static final Set<String> FIELDS = Set.of("queries", "weights", "config");

    static MatchRequest of(JsonNode body) {
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
        Map<String, JsonNode> queries = new LinkedHashMap<>();
        q.fields().forEachRemaining(e -> queries.put(e.getKey(), e.getValue()));
        return new MatchRequest(queries, settings("weights", body.path("weights")), settings("config", body.path("config")));
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
