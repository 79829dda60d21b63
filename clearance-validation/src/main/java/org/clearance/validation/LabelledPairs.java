package org.clearance.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.clearance.io.CsvRecords;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.model.Schema;

/** The user's labelled name pairs: the {@code clearance pairs} format with {@code is_match}. */
public final class LabelledPairs {
    /**
     * One pair a person has judged.
     *
     * @param category the row's {@code category} (or {@code case_group}) when given, else "-": figures are kept per category
     */
    public record Pair(String id, Schema schema, String name1, String name2, boolean isMatch, String category) {}

    private LabelledPairs() {}

    /** Reads the pairs; a row with an unknown schema or an {@code is_match} other than true or false is an error naming its line. */
    public static List<Pair> read(ListInput input) throws IOException, ListParseException {
        List<Pair> out = new ArrayList<>();
        CSVFormat headed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (CsvRecords in = CsvRecords.open(input, headed)) {
            in.requireColumns(List.of("name1", "name2", "is_match"));
            for (CsvRecords.Row row = in.next(); row != null; row = in.next()) {
                CsvRecords.Row r = row;
                String label = r.get("is_match").toLowerCase(Locale.ROOT);
                if (!label.equals("true") && !label.equals("false")) {
                    throw new ListParseException(input.name(), r.line(), 0, "is_match", "'" + r.get("is_match") + "' is neither true nor false");
                }
                Schema schema = r.get("schema").isEmpty() ? Schema.LEGAL_ENTITY : Schema.ofTyped(r.get("schema")).orElseThrow(
                        () -> new ListParseException(input.name(), r.line(), 0, "schema", "unknown schema '" + r.get("schema") + "'"));
                String category = !r.get("category").isEmpty() ? r.get("category") : !r.get("case_group").isEmpty() ? r.get("case_group") : "-";
                out.add(new Pair("line" + r.line(), schema, r.get("name1"), r.get("name2"), label.equals("true"), category));
            }
        }
        return out;
    }
}
