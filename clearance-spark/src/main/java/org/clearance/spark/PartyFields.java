package org.clearance.spark;

import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;

/** A party row's fields as {@link org.clearance.match.batch.PartyRows} reads them: stripped, "" when null. */
final class PartyFields {
    private PartyFields() {}

    static UnaryOperator<String> of(Row row) {
        return column -> {
            Object v = row.get(row.fieldIndex(column));
            return v == null ? "" : v.toString().strip();
        };
    }

    static String id(Row row) {
        return of(row).apply("id");
    }
}
