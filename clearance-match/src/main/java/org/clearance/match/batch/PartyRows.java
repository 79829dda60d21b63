package org.clearance.match.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.clearance.io.DateText;
import org.clearance.match.Query;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;

/**
 * A row of a party file as {@code clearance screen} and the Spark job read it: columns by header name,
 * {@code id} and {@code name} required, {@code schema} (default LegalEntity), {@code birth_date},
 * {@code nationality}, {@code country} and {@code identifier} used when present; ids kept as strings.
 */
public final class PartyRows {
    public static final List<String> REQUIRED = List.of("id", "name");
    /** The columns that make a party's query: two rows equal in these are screened alike. */
    public static final List<String> QUERY_COLUMNS = List.of("name", "schema", "birth_date", "nationality", "country", "identifier");

    private PartyRows() {}

    /**
     * The query of one row, or empty when its name is empty (a row skipped with a warning, not refused).
     *
     * @param field a column's value, stripped, or "" when the file has no such column
     * @throws BadFieldException for a birth date that is no date or a schema that is unknown
     */
    public static Optional<Query> query(UnaryOperator<String> field) throws BadFieldException {
        String name = field.apply("name");
        if (name.isBlank()) {
            return Optional.empty();
        }
        List<String> countries = new ArrayList<>();
        for (String c : List.of(field.apply("nationality"), field.apply("country"))) {
            if (!c.isBlank()) {
                countries.add(c);
            }
        }
        List<PartialDate> dates = new ArrayList<>();
        String birth = field.apply("birth_date");
        if (!birth.isBlank()) {
            PartialDate d = DateText.parse(birth, true);
            if (d == null) {
                throw new BadFieldException("birth_date", "not a date: '" + birth + "'");
            }
            dates.add(d);
        }
        String identifier = field.apply("identifier");
        List<String> ids = identifier.isBlank() ? List.of() : List.of(identifier);
        return Optional.of(new Query(schema(field.apply("schema")), List.of(name), dates, countries, ids, null));
    }

    /** A schema as a person types it (FtM names, any case); empty means LegalEntity, people and organisations. */
    public static Schema schema(String text) throws BadFieldException {
        if (text == null || text.isBlank()) {
            return Schema.LEGAL_ENTITY;
        }
        Optional<Schema> schema = Schema.ofTyped(text);
        if (schema.isEmpty()) {
            throw new BadFieldException("schema", "unknown schema '" + text + "'; use one of "
                    + String.join(", ", Arrays.stream(Schema.values()).map(Schema::ftmName).toList()));
        }
        return schema.get();
    }
}
