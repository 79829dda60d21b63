package org.clearance.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.match.MatchConfig;
import org.clearance.model.Schema;

/**
 * The query parameters of {@code POST /match/{dataset}}, by yente's names. Unknown parameters are
 * refused so that a misspelt filter never widens a screening unseen. The pages start from
 * {@link #DEFAULT}; the API reads them from the request with {@link #of}.
 *
 * @param threshold     the score from which a result is a match, or null for the configuration's
 * @param cutoff        the score below which results are left out, or null for the configuration's
 * @param changedSince  only entities of list versions published on or after this date, or null
 */
public record MatchParams(int limit, Double threshold, Double cutoff, String algorithm, Set<String> includeDatasets,
        Set<String> excludeDatasets, Set<String> excludeSchemata, Set<String> excludeEntityIds, LocalDate changedSince) {
    /** yente's default number of results per query. */
    static final int DEFAULT_LIMIT = 5;
    /**
     * Results per query at most: the index scores at most {@code MatchConfig.candidates} (50 by
     * default) candidates per query, so more could never be filled; a config may raise candidates to this.
     */
    static final int MAX_LIMIT = 100;

    /**
     * yente's parameters. {@code topics} is accepted and not applied: the screening index does not hold
     * topics, and leaving the filter out can only add results, never hide a hit from a yente client.
     */
    static final Set<String> NAMES = Set.of("limit", "threshold", "cutoff", "algorithm", "include_dataset",
            "exclude_dataset", "exclude_schema", "exclude_entity_ids", "changed_since", "topics");

    /** No parameter given: yente's defaults. */
    public static final MatchParams DEFAULT = of(Map.of());

    /** These parameters with another number of results per query, checked as the {@code limit} parameter is. */
    public MatchParams withLimit(int limit) {
        return new MatchParams(limit(Integer.toString(limit), DEFAULT_LIMIT, MAX_LIMIT), threshold, cutoff, algorithm,
                includeDatasets, excludeDatasets, excludeSchemata, excludeEntityIds, changedSince);
    }

    /**
     * The parameters that differ from {@link #DEFAULT} as a query string, or null when none does: what
     * the audit log keeps of parameters given inside the JVM, as it keeps a request's own query string.
     */
    String queryString() {
        List<String> out = new ArrayList<>();
        add(out, "limit", limit == DEFAULT_LIMIT ? List.of() : List.of(limit));
        add(out, "threshold", threshold == null ? List.of() : List.of(threshold));
        add(out, "cutoff", cutoff == null ? List.of() : List.of(cutoff));
        add(out, "include_dataset", includeDatasets);
        add(out, "exclude_dataset", excludeDatasets);
        add(out, "exclude_schema", excludeSchemata);
        add(out, "exclude_entity_ids", excludeEntityIds);
        add(out, "changed_since", changedSince == null ? List.of() : List.of(changedSince));
        return out.isEmpty() ? null : String.join("&", out);
    }

    private static void add(List<String> out, String name, Collection<?> values) {
        values.forEach(v -> out.add(name + "=" + v));
    }

    static MatchParams of(Map<String, List<String>> params) {
        for (String p : params.keySet()) {
            if (!NAMES.contains(p)) {
                throw ApiException.badRequest("unknown query parameter '" + p + "'; parameters: " + String.join(", ", new java.util.TreeSet<>(NAMES)));
            }
        }
        int limit = limit(one(params, "limit"), DEFAULT_LIMIT, MAX_LIMIT);
        LocalDate since = null;
        String s = one(params, "changed_since");
        if (s != null) {
            try {
                // yente takes a timestamp; its date part is what list versions carry
                since = LocalDate.parse(s.strip().length() >= 10 ? s.strip().substring(0, 10) : s.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("changed_since: not a date: '" + s + "' (write 2025-01-31)");
            }
        }
        Set<String> include = new LinkedHashSet<>();
        params.getOrDefault("include_dataset", List.of()).forEach(d -> include.add(DatasetCollections.requireDataset("include_dataset", d)));
        Set<String> exclude = new LinkedHashSet<>();
        params.getOrDefault("exclude_dataset", List.of()).forEach(d -> exclude.add(DatasetCollections.requireDataset("exclude_dataset", d)));
        return new MatchParams(limit, score(params, "threshold"), score(params, "cutoff"),
                Algorithms.require(one(params, "algorithm")), include, exclude,
                schemata(params.getOrDefault("exclude_schema", List.of())),
                Set.copyOf(params.getOrDefault("exclude_entity_ids", List.of())), since);
    }

    /** {@code exclude_schema}: FtM schema names, each known (a misspelt one would exclude nothing, silently). */
    private static Set<String> schemata(List<String> names) {
        for (String n : names) {
            if (Schema.ofFtm(n).isEmpty()) {
                throw ApiException.badRequest("exclude_schema: unknown schema '" + n + "'; schemata: "
                        + String.join(", ", Arrays.stream(Schema.values()).map(Schema::ftmName).toList()));
            }
        }
        return Set.copyOf(names);
    }

    /** The datasets to search: the scope of {@code {dataset}}, narrowed by the include and exclude filters. */
    Set<String> datasets(Set<String> scope) {
        Set<String> out = new LinkedHashSet<>(scope);
        if (!includeDatasets.isEmpty()) {
            out.retainAll(includeDatasets);
        }
        out.removeAll(excludeDatasets);
        return out;
    }

    private static String one(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw ApiException.badRequest(name + ": given " + v.size() + " times; give it once");
        }
        return v.get(0);
    }

    /** {@code threshold} or {@code cutoff}, checked as the setting of that name is (a 400 names it, the value and the range). */
    private static Double score(Map<String, List<String>> params, String name) {
        String v = one(params, name);
        if (v == null) {
            return null;
        }
        try {
            return MatchConfig.setting(name).orElseThrow().parse(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage()); // names the parameter: it is the setting of that name
        }
    }

    /** The {@code limit} parameter: {@code fallback} when absent, a 400 unless a whole number in 1..max. */
    static int limit(String value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit: not a whole number: '" + value + "'");
        }
        if (limit < 1 || limit > max) {
            throw ApiException.badRequest("limit: " + limit + " is out of range 1.." + max);
        }
        return limit;
    }
}
