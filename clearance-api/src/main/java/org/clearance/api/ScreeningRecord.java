package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.clearance.audit.AuditDetail;
import org.clearance.match.MatchResult;

/**
 * What the audit log keeps of a screening: the question as asked, the list versions it was answered
 * from, and each result's id, score and verdict: enough to show later what was known when.
 */
final class ScreeningRecord {
    private ScreeningRecord() {}

    static ObjectNode of(String queryString, MatchRequest request, LoadedLists lists, ObjectNode answer) {
        ObjectNode o = AuditDetail.object();
        o.put("params", queryString == null ? "" : queryString);
        ObjectNode queries = o.putObject("queries");
        request.queries().forEach(queries::set);
        versions(o, lists);
        ObjectNode results = o.putObject("results");
        answer.path("responses").fields().forEachRemaining(e -> {
            ArrayNode arr = results.putArray(e.getKey());
            for (JsonNode r : e.getValue().path("results")) {
                arr.addObject().put("id", r.path("id").asText()).put("score", r.path("score").asDouble())
                        .put("match", r.path("match").asBoolean());
            }
        });
        return o;
    }

    static ObjectNode ofSearch(String q, LoadedLists lists, List<MatchResult> found) {
        ObjectNode o = AuditDetail.object();
        o.put("q", q);
        versions(o, lists);
        ArrayNode arr = o.putArray("results");
        found.forEach(r -> arr.addObject().put("id", r.entity().id()).put("score", r.score()));
        return o;
    }

    private static void versions(ObjectNode o, LoadedLists lists) {
        ArrayNode v = o.putArray("list_versions");
        lists.versions().forEach(x -> v.addObject().put("dataset", x.dataset()).put("version", x.id())
                .put("published", x.publicationDate().toString()));
    }
}
