package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.match.FeatureScore;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchResult;

/** Answers {@code POST /match/{dataset}}: each query screened, in yente's response shape. */
final class Screening {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Screening() {}

    static ObjectNode match(LoadedLists lists, Set<String> scope, MatchRequest request, MatchParams params) {
        MatchConfig config = config(request, params);
        Set<String> datasets = params.datasets(scope);
        Map<String, QueryMapper.Mapped> mapped = new java.util.LinkedHashMap<>();
        request.queries().forEach((k, v) -> mapped.put(k, QueryMapper.map(k, v)));
        boolean filtered = !params.excludeSchemata().isEmpty() || !params.excludeEntityIds().isEmpty()
                || params.changedSince() != null;
        // with filters applied after scoring, every candidate past the cutoff is needed to fill the limit
        int fetch = filtered ? Integer.MAX_VALUE : params.limit();
        List<String> keys = List.copyOf(mapped.keySet());
        List<List<MatchResult>> results = keys.parallelStream().map(k -> datasets.isEmpty() ? List.<MatchResult>of()
                : lists.index().match(mapped.get(k).query(), config, fetch, datasets).stream()
                        .filter(r -> kept(lists, r, params)).limit(params.limit()).toList()).toList();
        ObjectNode out = NODES.objectNode();
        ObjectNode responses = out.putObject("responses");
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            ObjectNode resp = responses.putObject(k);
            resp.put("status", 200);
            resp.putObject("total").put("value", results.get(i).size()).put("relation", "eq");
            resp.set("query", request.queries().get(k));
            var arr = resp.putArray("results");
            results.get(i).forEach(r -> arr.add(result(lists, r)));
            var unscored = resp.putArray("unscored");
            mapped.get(k).unscored().forEach(unscored::add);
        }
        out.set("matcher", Algorithms.describe());
        out.put("limit", params.limit());
        return out;
    }

    /**
     * The body's {@code weights}, then its {@code config}, then the {@code threshold} and {@code cutoff}
     * parameters, merged in one {@link MatchConfig#with} by its rule (as the command line's options are):
     * a threshold given lowers the cutoff to itself when the cutoff is above it.
     */
    private static MatchConfig config(MatchRequest request, MatchParams params) {
        Map<String, String> settings = new LinkedHashMap<>(request.weights());
        settings.putAll(request.config());
        if (params.cutoff() != null) {
            settings.put(MatchConfig.CUTOFF.name(), Double.toString(params.cutoff()));
        }
        if (params.threshold() != null) {
            settings.put(MatchConfig.THRESHOLD.name(), Double.toString(params.threshold()));
        }
        try {
            return MatchConfig.DEFAULT.with(settings);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("config: " + e.getMessage());
        }
    }

    private static boolean kept(LoadedLists lists, MatchResult r, MatchParams params) {
        var e = r.entity();
        if (params.excludeSchemata().contains(e.schema().ftmName()) || params.excludeEntityIds().contains(e.id())) {
            return false;
        }
        var published = lists.published().get(e.dataset());
        return params.changedSince() == null || (published != null && !published.isBefore(params.changedSince()));
    }

    private static ObjectNode result(LoadedLists lists, MatchResult r) {
        ObjectNode o = EntityView.of(r.entity(), lists.published().get(r.entity().dataset()));
        o.put("score", Math.round(r.score() * 10000) / 10000.0);
        o.put("match", r.match());
        ObjectNode features = o.putObject("features");
        ObjectNode explanations = o.putObject("explanations");
        for (FeatureScore f : r.explanation()) {
            features.put(f.feature(), f.score());
            explanations.putObject(f.feature()).put("score", f.score()).put("detail", f.detail());
        }
        return o;
    }

    /** yente's shape for one query's answer, also used by {@code /search}. */
    static JsonNode total(int n) {
        return NODES.objectNode().put("value", n).put("relation", "eq");
    }
}
