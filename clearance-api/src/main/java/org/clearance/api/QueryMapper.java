package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clearance.io.DateText;
import org.clearance.match.Query;
import org.clearance.model.EntityLimits;
import org.clearance.model.PartialDate;
import org.clearance.names.Scripts;

/**
 * Turns one yente query example ({@code {"schema": "Person", "properties": {"name": [...]}}}, a
 * {@link PartyExample}) into a {@link Query}. Properties the scorer does not use are accepted, as yente accepts any FtM property,
 * and named back in the response's {@code unscored} list so that nothing is dropped unseen.
 */
final class QueryMapper {
    /** FtM name properties: all of them are names the party may be listed under. */
    static final List<String> NAME_PROPERTIES = List.of("name", "alias", "previousName", "weakAlias");
    /** FtM name parts, joined into one name when the query gives no whole name (as yente does). */
    static final List<String> NAME_PART_PROPERTIES = List.of("firstName", "secondName", "middleName", "fatherName", "lastName");
    static final List<String> DATE_PROPERTIES = List.of("birthDate", "incorporationDate");
    static final List<String> COUNTRY_PROPERTIES = List.of("nationality", "citizenship", "country", "jurisdiction");
    /** The FtM identifier properties the list readers turn into identifiers, so the same ones are compared. */
    static final List<String> IDENTIFIER_PROPERTIES = List.of("passportNumber", "idNumber", "taxNumber", "innCode",
            "vatCode", "registrationNumber", "ogrnCode", "leiCode", "swiftBic", "imoNumber", "mmsi", "serialNumber");

    /** A query and the properties it gave that the scorer does not use. */
    record Mapped(Query query, Set<String> unscored) {}

    private QueryMapper() {}

    /**
     * Refuses a name past {@link EntityLimits#MAX_NAME_CHARS} or {@link EntityLimits#MAX_NAME_PARTS}: the limits of
     * listed names, so no real name is refused, and one request's work stays that of a real name (a name of
     * 340,000 '陈' once took 90 s of CPU).
     */
    private static void checkSize(String at, String name) {
        if (name.length() > EntityLimits.MAX_NAME_CHARS) {
            throw ApiException.badRequest(String.format("%s.properties: a name of %,d characters; a name may have at most %,d",
                    at, name.length(), EntityLimits.MAX_NAME_CHARS));
        }
        int parts = parts(name);
        if (parts > EntityLimits.MAX_NAME_PARTS) {
            throw ApiException.badRequest(String.format("%s.properties: a name of %,d parts (words, or Chinese characters); "
                    + "a name may have at most %d", at, parts, EntityLimits.MAX_NAME_PARTS));
        }
    }

    /** The parts of a name as {@link EntityLimits#MAX_NAME_PARTS} counts them: words, and each Chinese character. */
    static int parts(String name) {
        int parts = 0;
        boolean inWord = false;
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int c = name.codePointAt(i);
            boolean han = Scripts.isHan(c);
            boolean letter = Character.isLetterOrDigit(c) && !han;
            if (han || letter && !inWord) {
                parts++;
            }
            inWord = letter;
        }
        return parts;
    }

    /** @param at where the example is in the request, for messages (e.g. {@code parties[3]}) */
    static Mapped mapAt(String at, JsonNode example) {
        return map(at, PartyExample.read(at, example));
    }

    static Mapped map(String at, PartyExample example) {
        List<String> names = new ArrayList<>();
        List<PartialDate> dates = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        List<String> identifiers = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        String gender = null;
        Set<String> unscored = new TreeSet<>();
        for (var e : example.properties().entrySet()) {
            String p = e.getKey();
            List<String> values = e.getValue().stream().filter(v -> !v.isBlank()).toList();
            if (NAME_PROPERTIES.contains(p)) {
                names.addAll(values);
            } else if (NAME_PART_PROPERTIES.contains(p)) {
                parts.addAll(values);
            } else if (DATE_PROPERTIES.contains(p)) {
                for (String v : values) {
                    PartialDate d = DateText.parse(v, true);
                    if (d == null) {
                        throw ApiException.badRequest(at + ".properties." + p + ": not a date: '" + v
                                + "' (write 1962, 1962-01 or 1962-01-17)");
                    }
                    dates.add(d);
                }
            } else if (COUNTRY_PROPERTIES.contains(p)) {
                countries.addAll(values);
            } else if (IDENTIFIER_PROPERTIES.contains(p)) {
                identifiers.addAll(values);
            } else if (p.equals("gender") && !values.isEmpty()) {
                gender = values.get(0).strip().toLowerCase(java.util.Locale.ROOT);
            } else if (!values.isEmpty()) {
                unscored.add(p);
            }
        }
        if (names.isEmpty() && !parts.isEmpty()) {
            names.add(String.join(" ", parts));
        }
        int characters = 0;
        for (String n : names) {
            checkSize(at, n);
            characters += n.length();
        }
        if (characters > EntityLimits.MAX_QUERY_NAME_CHARS) {
            throw ApiException.badRequest(String.format("%s.properties: names of %,d characters together; the names of one "
                    + "party may have at most %,d", at, characters, EntityLimits.MAX_QUERY_NAME_CHARS));
        }
        if (names.isEmpty()) {
            throw ApiException.badRequest(at + ".properties: no name to screen (give name, alias, or firstName and lastName)");
        }
        return new Mapped(new Query(example.schema(), names, dates, countries, identifiers, gender), unscored);
    }
}
