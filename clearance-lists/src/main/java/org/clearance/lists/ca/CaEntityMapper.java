package org.clearance.lists.ca;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.io.DateText;
import org.clearance.io.ListParseException;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;
import org.clearance.names.Scripts;

/**
 * Turns a {@link CaRecord} into an {@link Entity}. The file says what a record is only through which
 * fields it fills: a person has {@code LastName}/{@code GivenName}, a ship has a {@code ShipIMONumber}
 * (its {@code EntityOrShip} is the ship's name and {@code TitleOrShip} the ship's type), anything else
 * named in {@code EntityOrShip} is an organisation.
 */
final class CaEntityMapper {
    static final String AUTHORITY = "Global Affairs Canada";
    static final String SOURCE_URL = "https://www.international.gc.ca/world-monde/assets/office_docs/"
            + "international_relations-relations_internationales/sanctions/sema-lmes.xml";

    /** Fields this mapper reads; any other element of a record is kept as a note. */
    static final Set<String> KNOWN = Set.of("Country", "LastName", "GivenName", "EntityOrShip", "TitleOrShip",
            "ShipIMONumber", "DateOfBirthOrShipBuildDate", "Aliases", "Schedule", "Item", "DateOfListing");

    /** "1963 or 1964", "1965-07-15 OR 1969-09-28": alternatives the source gives in one field. */
    private static final Pattern ALTERNATIVES = Pattern.compile("(?i) or ");
    /** "1963-1964": a range of years. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})-(\\d{4})");
    /** A wider range says little about the person (the only range in the real file spans one year). */
    static final int MAX_RANGE_YEARS = 20;

    private final String file;

    CaEntityMapper(String file) {
        this.file = file;
    }

    Entity map(CaRecord r, String dataset) throws ListParseException {
        String country = require(r, "Country");
        String item = require(r, "Item");
        String schedule = r.get("Schedule");
        String last = trimSeparators(r.get("LastName"));
        String given = trimSeparators(r.get("GivenName"));
        String entityOrShip = trimSeparators(r.get("EntityOrShip"));
        String imo = r.get("ShipIMONumber");
        boolean person = last != null || given != null;
        Schema schema = person ? Schema.PERSON : imo != null ? Schema.VESSEL : Schema.ORGANIZATION;

        Entity.Builder b = Entity.builder(dataset, CaSourceIds.of(country, schedule, item), schema);
        Name primary;
        if (person) {
            String full = given == null ? last : last == null ? given : given + " " + last;
            primary = new Name(full, NameKind.PRIMARY, given, last, null);
        } else if (entityOrShip != null) {
            primary = Name.of(entityOrShip, NameKind.PRIMARY);
        } else {
            throw new ListParseException(file, r.line(), 0, "EntityOrShip",
                    "record has no name (no LastName, GivenName or EntityOrShip)");
        }
        b.name(primary);
        if (person && entityOrShip != null) {
            b.name(entityOrShip, NameKind.ALIAS); // not in the real file; kept rather than lost
        }
        if (r.get("Aliases") != null) {
            CaAliases.split(r.get("Aliases"), person, Scripts.isLatin(primary.full())).forEach(b::name);
        }

        String titleOrShip = r.get("TitleOrShip");
        String dateText = r.get("DateOfBirthOrShipBuildDate");
        if (schema == Schema.VESSEL) {
            b.identifier(new Identifier(IdentifierType.IMO, "IMO number", imo, null, null));
            b.property("type", titleOrShip);
            b.property("buildDate", dateText);
        } else {
            if (imo != null) {
                b.identifier(new Identifier(IdentifierType.IMO, "IMO number", imo, null, null));
            }
            b.property("title", titleOrShip);
            birthDates(dateText, b);
        }

        String program = schedule == null ? country : country + " - Schedule " + schedule;
        b.sanction(new Sanction(AUTHORITY, program, listedOn(r.get("DateOfListing"), b), null));
        r.fields().forEach((k, v) -> {
            if (!KNOWN.contains(k)) {
                b.note(k + ": " + v);
            }
        });
        b.sourceUrl(SOURCE_URL);
        return b.build();
    }

    private String require(CaRecord r, String field) throws ListParseException {
        String v = r.get(field);
        if (v == null) {
            throw new ListParseException(file, r.line(), 0, field, "record has no " + field
                    + ", which the record's id is built from");
        }
        return v;
    }

    /** "General Intelligence Directorate;" ends in a stray separator. */
    private static String trimSeparators(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("[;,]+$", "").strip();
        return t.isEmpty() ? null : t;
    }

    static void birthDates(String text, Entity.Builder b) {
        if (text == null) {
            return;
        }
        List<PartialDate> dates = new ArrayList<>();
        for (String alt : ALTERNATIVES.split(text)) {
            Matcher range = YEAR_RANGE.matcher(alt.strip());
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                if (to < from || to - from > MAX_RANGE_YEARS) {
                    dates = null;
                    break;
                }
                for (int y = from; y <= to; y++) {
                    dates.add(PartialDate.ofYear(y));
                }
                continue;
            }
            PartialDate d = DateText.parse(alt, true);
            if (d == null) {
                dates = null;
                break;
            }
            dates.add(d);
        }
        if (dates == null) {
            b.note("Date of birth: " + text); // e.g. "born in the early 1970s", "Sep-99"
        } else {
            dates.forEach(b::birthDate);
        }
    }

    private static LocalDate listedOn(String text, Entity.Builder b) {
        if (text == null) {
            return null;
        }
        LocalDate d = DateText.parseFull(text, true);
        if (d == null) {
            b.note("Date of listing: " + text);
        }
        return d;
    }
}
