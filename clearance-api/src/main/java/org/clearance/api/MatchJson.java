package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.match.FeatureScore;
import org.clearance.match.MatchResult;

/** A {@link MatchAnswer} in yente's response shape: the only place a screening becomes JSON for a caller. */
final class MatchJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MatchJson() {}

    /** @param asked the request's queries as the caller wrote them, which each response echoes */
    static ObjectNode of(MatchAnswer answer, JsonNode asked, LoadedLists lists) {
        ObjectNode out = NODES.objectNode();
        ObjectNode responses = out.putObject("responses");
        answer.responses().forEach((k, a) -> {
            ObjectNode resp = responses.putObject(k);
            resp.put("status", 200);
            resp.set("total", total(a.results().size()));
            resp.set("query", asked.get(k));
            var arr = resp.putArray("results");
            a.results().forEach(r -> arr.add(result(lists, r)));
            var unscored = resp.putArray("unscored");
            a.unscored().forEach(unscored::add);
        });
        out.set("matcher", Algorithms.describe());
        out.put("limit", answer.limit());
        return out;
    }

    private static ObjectNode result(LoadedLists lists, MatchResult r) {
        ObjectNode o = EntityView.of(r.entity(), lists.published().get(r.entity().dataset()));
        o.put("score", r.score());
        o.put("match", r.match());
        ObjectNode features = o.putObject("features");
        ObjectNode explanations = o.putObject("explanations");
        for (FeatureScore f : r.explanation()) {
            features.put(f.feature(), f.score());
            explanations.putObject(f.feature()).put("score", f.score()).put("detail", f.detail());
        }
        return o;
    }

    /** yente's shape for the number of results, also used by {@code /search}. */
    static JsonNode total(int n) {
        return NODES.objectNode().put("value", n).put("relation", "eq");
    }
}
