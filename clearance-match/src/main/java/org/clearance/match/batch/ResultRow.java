package org.clearance.match.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.clearance.match.MatchResult;

/**
 * One output row of batch screening, the contract of {@code clearance screen} and the Spark job: one row per
 * list entry at or above the cutoff, ranked from 1 within its party.
 *
 * @param score the score as written, four decimals
 */
public record ResultRow(String queryId, int rank, String score, boolean match, String entityId, String dataset,
        String sourceId, String caption, String schema, String explanation) {
    public static final List<String> COLUMNS = List.of("query_id", "rank", "score", "match", "entity_id", "dataset",
            "source_id", "caption", "schema", "explanation");
    /** RFC 4180 with CRLF, quoting only where needed: how the CSV output is written, header first. */
    public static final CSVFormat CSV = CSVFormat.DEFAULT;

    /** The rows of one party's results, in their order. */
    public static List<ResultRow> of(String queryId, List<MatchResult> results) {
        List<ResultRow> rows = new ArrayList<>(results.size());
        int rank = 1;
        for (MatchResult r : results) {
            rows.add(new ResultRow(queryId, rank++, scoreText(r.score()), r.match(),
                    r.entity().id(), r.entity().dataset(), r.entity().sourceId(), r.entity().caption(),
                    r.entity().schema().ftmName(), r.describe()));
        }
        return rows;
    }

    /** A score as written: four decimals. */
    public static String scoreText(double score) {
        return String.format(Locale.ROOT, "%.4f", score);
    }

    /** The score as a number, exactly the one written. */
    public double scoreValue() {
        return Double.parseDouble(score);
    }

    /** The values in {@link #COLUMNS} order, as the CSV output writes them. */
    public List<Object> values() {
        return Arrays.asList(queryId, rank, score, match, entityId, dataset, sourceId, caption, schema, explanation);
    }
}
