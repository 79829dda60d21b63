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

    /** @param queries the queries as asked: the request's JSON, or the typed request's form of it */
    static ObjectNode of(String queryString, JsonNode queries, LoadedLists lists, MatchAnswer answer) {
        ObjectNode o = AuditDetail.object();
        o.put("params", queryString == null ? "" : queryString);
        o.set("queries", queries.deepCopy());
        versions(o, lists);
        ObjectNode results = o.putObject("results");
        answer.responses().forEach((k, a) -> {
            ArrayNode arr = results.putArray(k);
            a.results().forEach(r -> arr.addObject().put("id", r.entity().id()).put("score", r.score()).put("match", r.match()));
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
