package org.clearance.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchResult;

/** Screens a {@link MatchRequest}: each query against the loaded lists, filtered and limited by the parameters. */
final class Screening {
    private Screening() {}

    static MatchAnswer match(LoadedLists lists, Set<String> scope, MatchRequest request, MatchParams params) {
        MatchConfig config = config(request, params);
        Set<String> datasets = params.datasets(scope);
        Map<String, QueryMapper.Mapped> mapped = new LinkedHashMap<>();
        request.queries().forEach((k, v) -> mapped.put(k, QueryMapper.map("queries." + k, v)));
        boolean filtered = !params.excludeSchemata().isEmpty() || !params.excludeEntityIds().isEmpty()
                || params.changedSince() != null;
        // with filters applied after scoring, every candidate past the cutoff is needed to fill the limit
        int fetch = filtered ? Integer.MAX_VALUE : params.limit();
        List<String> keys = List.copyOf(mapped.keySet());
        List<List<MatchResult>> results = keys.parallelStream().map(k -> datasets.isEmpty() ? List.<MatchResult>of()
                : lists.index().match(mapped.get(k).query(), config, fetch, datasets).stream()
                        .filter(r -> kept(lists, r, params)).limit(params.limit()).map(Screening::reported).toList()).toList();
        Map<String, MatchAnswer.Response> responses = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            responses.put(keys.get(i), new MatchAnswer.Response(results.get(i), lists.index().parties(results.get(i), datasets),
                    mapped.get(keys.get(i)).unscored()));
        }
        return new MatchAnswer(responses, params.limit());
    }

    /**
     * The body's {@code weights}, then its {@code config}, then the {@code cutoff} and {@code threshold}
     * parameters, merged by the rule of {@link MatchConfig#with(Map, Double, Double)}, as the command line's options
     * are: a threshold given lowers the cutoff to itself when the cutoff is above it.
     */
    private static MatchConfig config(MatchRequest request, MatchParams params) {
        Map<String, String> settings = new LinkedHashMap<>(request.weights());
        settings.putAll(request.config());
        try {
            return MatchConfig.DEFAULT.with(settings, params.threshold(), params.cutoff());
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

    /** The result with its score as the API reports it (four decimals). */
    private static MatchResult reported(MatchResult r) {
        return new MatchResult(r.entity(), Math.round(r.score() * 10000) / 10000.0, r.match(), r.explanation());
    }
}
