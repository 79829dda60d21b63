package org.clearance.spark;

import java.util.Iterator;
import java.util.stream.Stream;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clearance.match.batch.ResultRow;

/** The job's output rows: the contract's columns typed for Parquet, or as the CLI's CSV lines. */
final class Output {
    /** {@link ResultRow#COLUMNS}, typed. */
    static final StructType SCHEMA = new StructType()
            .add("query_id", DataTypes.StringType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("score", DataTypes.DoubleType, true)
            .add("match", DataTypes.BooleanType, false)
            .add("entity_id", DataTypes.StringType, false)
            .add("dataset", DataTypes.StringType, true)
            .add("source_id", DataTypes.StringType, true)
            .add("caption", DataTypes.StringType, true)
            .add("schema", DataTypes.StringType, true)
            .add("explanation", DataTypes.StringType, true)
            .add("group_id", DataTypes.StringType, false);

    private Output() {}

    static Row typed(ResultRow r) {
        return RowFactory.create(r.queryId(), r.rank(), r.scoreValue(), r.match(), r.entityId(), r.dataset(), r.sourceId(),
                r.caption(), r.schema(), r.explanation(), r.groupId());
    }

    static ResultRow of(Row r) {
        return new ResultRow(r.getString(0), r.getInt(1), r.isNullAt(2) ? "" : ResultRow.scoreText(r.getDouble(2)), r.getBoolean(3),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                java.util.List.of());
    }

    /**
     * Each partition as a CSV file the way {@code clearance screen} writes one: its header, then its rows in order
     * (the writer ends each line with CRLF, as the CLI's CSV does).
     */
    static final class CsvLines implements MapPartitionsFunction<Row, String> {
        @Override
        public Iterator<String> call(Iterator<Row> rows) {
            Stream<String> lines = StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                    .map(r -> ResultRow.CSV.format(of(r).values().toArray()));
            return Stream.concat(Stream.of(ResultRow.CSV.format(ResultRow.COLUMNS.toArray())), lines).iterator();
        }
    }
}
