package org.clearance.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.Query;
import org.clearance.match.batch.BadFieldException;
import org.clearance.match.batch.PartyRows;
import org.clearance.match.batch.ResultRow;

/**
 * Screens one partition of parties in their order, as {@code clearance screen} screens a row: {@link PartyRows} makes
 * the query, the executor's shared {@link MatchIndex} matches it, {@link ResultRow} makes the output rows. Rows
 * {@link RowChecks} reports are left out here (the job has already failed on them, or written them to the rejects).
 */
final class PartyScreen implements MapPartitionsFunction<Row, Row> {
    private final String shippedIndex;
    private final Scoring scoring;
    private final String idColumn;
    private final LongAccumulator screened;
    private final LongAccumulator skipped;
    private final LongAccumulator written;

    /** @param idColumn the column written as query_id: the party's id, or the dedupe key */
    PartyScreen(String shippedIndex, Scoring scoring, String idColumn, LongAccumulator screened, LongAccumulator skipped,
            LongAccumulator written) {
        this.shippedIndex = shippedIndex;
        this.scoring = scoring;
        this.idColumn = idColumn;
        this.screened = screened;
        this.skipped = skipped;
        this.written = written;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        MatchIndex index = Indexes.get(shippedIndex);
        MatchConfig config = scoring.config();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .flatMap(row -> {
                    if (PartyFields.isMalformed(row)) {
                        return java.util.stream.Stream.<Row>empty(); // RowChecks has reported it
                    }
                    Optional<Query> query;
                    try {
                        query = PartyRows.query(PartyFields.of(row));
                    } catch (BadFieldException e) {
                        return java.util.stream.Stream.<Row>empty(); // RowChecks has reported it
                    }
                    if (query.isEmpty()) {
                        skipped.add(1);
                        return java.util.stream.Stream.<Row>empty();
                    }
                    screened.add(1);
                    List<ResultRow> out = ResultRow.of(PartyFields.of(row).apply(idColumn),
                            index.matchParties(query.get(), config, scoring.limit(), scoring.datasets()), index.groups(), config);
                    written.add(out.size());
                    return out.stream().map(Output::typed);
                })
                .iterator();
    }
}
