package org.clearance.match.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.clearance.match.FeatureScore;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchResult;
import org.clearance.match.links.PartyGroups;
import org.clearance.match.links.PartyMatch;
import org.clearance.model.Entity;

/**
 * One output row of batch screening, the contract of {@code clearance screen} and the Spark job: one row per
 * listing of each party found (its best entry at or above the cutoff), parties ranked from 1. Entries of
 * different lists linked as one party share the {@code group_id} and the rank, best entry first; a linked
 * listing the screening did not reach has no score and {@code match} false, and its explanation is the link's
 * rule and evidence. An entry linked to none is its own group.
 *
 * @param score    the score as written, four decimals, or empty for a linked listing the screening did not reach
 * @param features the best entry's explanation feature by feature (for JSON output); empty on other rows
 */
public record ResultRow(String queryId, int rank, String score, boolean match, String entityId, String dataset,
        String sourceId, String caption, String schema, String explanation, String groupId, List<FeatureScore> features) {
    public static final List<String> COLUMNS = List.of("query_id", "rank", "score", "match", "entity_id", "dataset",
            "source_id", "caption", "schema", "explanation", "group_id");
    /** RFC 4180 with CRLF, quoting only where needed: how the CSV output is written, header first. */
    public static final CSVFormat CSV = CSVFormat.DEFAULT;

    public ResultRow {
        features = List.copyOf(features);
    }

    /** The rows of one query's parties: each party's best entry first, then its other listings in id order. */
    public static List<ResultRow> of(String queryId, List<PartyMatch> parties, PartyGroups groups, MatchConfig config) {
        List<ResultRow> rows = new ArrayList<>();
        int rank = 1;
        for (PartyMatch p : parties) {
            MatchResult best = p.best();
            rows.add(row(queryId, rank, best.entity(), best.score(), best.match(), best.describe(), p.groupId(),
                    best.explanation()));
            for (PartyMatch.Listing l : p.listings()) {
                if (l.entity().id().equals(best.entity().id())) {
                    continue;
                }
                String link = groups.linksOf(p.groupId()).stream()
                        .filter(k -> k.left().equals(l.entity().id()) || k.right().equals(l.entity().id()))
                        .map(k -> "linked " + k.rule().id() + ": " + k.evidence()).findFirst().orElse("");
                rows.add(row(queryId, rank, l.entity(), l.score(), l.score() != null && l.score() >= config.threshold(),
                        link, p.groupId(), List.of()));
            }
            rank++;
        }
        return rows;
    }

    private static ResultRow row(String queryId, int rank, Entity e, Double score, boolean match, String explanation,
            String groupId, List<FeatureScore> features) {
        return new ResultRow(queryId, rank, score == null ? "" : scoreText(score), match, e.id(), e.dataset(),
                e.sourceId(), e.caption(), e.schema().ftmName(), explanation, groupId, features);
    }

    /** A score as written: four decimals. */
    public static String scoreText(double score) {
        return String.format(Locale.ROOT, "%.4f", score);
    }

    /** The score as a number, exactly the one written; null for a linked listing the screening did not reach. */
    public Double scoreValue() {
        return score.isEmpty() ? null : Double.parseDouble(score);
    }

    /** The values in {@link #COLUMNS} order, as the CSV output writes them. */
    public List<Object> values() {
        return Arrays.asList(queryId, rank, score, match, entityId, dataset, sourceId, caption, schema, explanation, groupId);
    }
}
