package org.clearance.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clearance.match.batch.BadFieldException;
import org.clearance.match.batch.PartyRows;

/**
 * The rows that cannot be screened, each with its party id, the field and the reason: a field
 * {@link PartyRows#query} refuses ({@code fatal}, as {@code clearance screen} stops on it), or an empty name
 * (skipped, as {@code screen} skips it with a warning), or a CSV record whose width is not the header's ({@code
 * fatal}, as {@code screen} refuses it). Only parsing, no screening: a cheap pass.
 */
final class RowChecks implements MapPartitionsFunction<Row, Row> {
    static final String FATAL = "fatal";
    static final StructType SCHEMA = new StructType()
            .add("query_id", DataTypes.StringType, false)
            .add("field", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false)
            .add(FATAL, DataTypes.BooleanType, false);

    private final int headerFields;

    /** @param headerFields the number of columns of the input's header, which every record must have */
    RowChecks(int headerFields) {
        this.headerFields = headerFields;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        List<Row> bad = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            Optional<String> malformed = PartyFields.malformed(row, headerFields);
            if (malformed.isPresent()) {
                bad.add(RowFactory.create(PartyFields.id(row), PartyFields.RECORD, malformed.get(), true));
                continue;
            }
            try {
                if (PartyRows.query(PartyFields.of(row)).isEmpty()) {
                    bad.add(RowFactory.create(PartyFields.id(row), "name", "the name is empty; skipped", false));
                }
            } catch (BadFieldException e) {
                bad.add(RowFactory.create(PartyFields.id(row), e.field(), e.reason(), true));
            }
        }
        return bad.iterator();
    }
}
