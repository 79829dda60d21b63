package org.clearance.match;

import java.util.List;
import java.util.Objects;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;

/**
 * A party to screen.
 *
 * @param schema      what it is; {@link Schema#LEGAL_ENTITY} matches people and organisations
 * @param names       its names, in any script
 * @param birthDates  birth (or incorporation) dates, full or partial
 * @param countries   nationalities, countries of residence or registration, as names or codes
 * @param identifiers passport, registration, IMO or other numbers, as written
 * @param gender      {@code male}, {@code female} or null
 */
public record Query(Schema schema, List<String> names, List<PartialDate> birthDates, List<String> countries,
        List<String> identifiers, String gender) {
    public Query {
        Objects.requireNonNull(schema, "schema");
        names = List.copyOf(names);
        birthDates = List.copyOf(birthDates);
        countries = List.copyOf(countries);
        identifiers = List.copyOf(identifiers);
    }

    public static Query ofName(Schema schema, String name) {
        return new Query(schema, List.of(name), List.of(), List.of(), List.of(), null);
    }
}
