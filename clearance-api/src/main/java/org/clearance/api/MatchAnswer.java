package org.clearance.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.match.MatchResult;
import org.clearance.match.links.PartyMatch;

/**
 * The answer to a {@link MatchRequest}: what the pages read, and what the API writes as yente's
 * response at its edge.
 *
 * @param responses each query's answer by its key, in the request's order
 * @param limit     the results per query asked for
 */
public record MatchAnswer(Map<String, Response> responses, int limit) {
    public MatchAnswer {
        responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    }

    /**
     * One query's answer.
     *
     * @param results  the entries found, best first, each score rounded to the four decimals the API reports, so
     *                 that a page and an API call show the same figure
     * @param parties  the same results gathered by party (entries of different lists linked as one), in the order
     *                 of each party's best result, each with every listing in the lists searched: what the API answers
     * @param unscored the properties given that the scorer does not use
     */
    public record Response(List<MatchResult> results, List<PartyMatch> parties, Set<String> unscored) {
        public Response {
            results = List.copyOf(results);
            parties = List.copyOf(parties);
            unscored = Collections.unmodifiableSet(new java.util.TreeSet<>(unscored));
        }
    }
}
