package org.clearance.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.clearance.io.CsvRecords;

/** A party row's fields as {@link org.clearance.match.batch.PartyRows} reads them: stripped, "" when null. */
final class PartyFields {
    /**
     * The column Spark's CSV reader fills with a record's text when its width is not the header's: Spark pads a short
     * record with nulls and drops a long one's extra fields, where {@code screen} refuses the record.
     */
    static final String MALFORMED = "_clearance_malformed";
    /** The field a malformed record is rejected under: the record as a whole, not one of its columns. */
    static final String RECORD = "record";

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

    /** Whether Spark marked the row's record malformed (see {@link #malformed}). */
    static boolean isMalformed(Row row) {
        return !of(row).apply(MALFORMED).isEmpty();
    }

    /**
     * Why the row cannot be read as a party, in {@code screen}'s words, when Spark marked its record malformed.
     *
     * @param headerFields the number of columns of the input's header
     */
    static Optional<String> malformed(Row row, int headerFields) {
        if (!isMalformed(row)) {
            return Optional.empty();
        }
        String text = of(row).apply(MALFORMED);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            int fields = parser.stream().findFirst().map(CSVRecord::size).orElse(0);
            return Optional.of(CsvRecords.widthMismatch(fields, headerFields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // an unclosed quote: commons-csv cannot count the fields, which is the reason itself
            return Optional.of("the record's quotes do not close (a stray quote?)");
        }
    }
}
