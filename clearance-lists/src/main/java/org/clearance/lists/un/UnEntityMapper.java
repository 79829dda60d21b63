package org.clearance.lists.un;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.io.DateText;
import org.clearance.io.ListParseException;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;

/** Turns a {@link UnRecord} into an {@link Entity}. */
final class UnEntityMapper {
    static final String AUTHORITY = "UN Security Council";
    static final String SOURCE_URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml";

    /**
     * Alias QUALITY values: individuals use Good/Low, entities a.k.a./f.k.a. "Low" is the UN's own mark of
     * a name too vague to identify anyone alone. A quality not in this table keeps the name as a plain
     * alias: the UN lists it as a name of the party, only its strength is unknown.
     */
    private static final Map<String, NameKind> ALIAS_QUALITY = Map.of(
            "good", NameKind.ALIAS,
            "a.k.a.", NameKind.ALIAS,
            "low", NameKind.WEAK_ALIAS,
            "f.k.a.", NameKind.FORMER);

    private static final List<String> NAME_PARTS = List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");

    /** xs:date as the files write it, sometimes with a zone: {@code 2015-04-07-04:00}. */
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");

    private final String file;

    UnEntityMapper(String file) {
        this.file = file;
    }

    Entity map(UnRecord r, String dataset) throws ListParseException {
        // REFERENCE_NUMBER ("QDi.001") is the id: it is the UN's published identifier of a listing and stays
        // with it across versions. DATAID does not: between the 2025-04-19 and 2026-02-27 files the six
        // Haiti listings HTi.002 to HTi.007 got new DATAIDs while their reference numbers stayed, and a
        // version diff keyed on DATAID would report them as removed and re-added.
        String ref = r.field("REFERENCE_NUMBER");
        if (ref == null) {
            throw new ListParseException(file, r.line(), 0, "REFERENCE_NUMBER",
                    r.kind() + " has no reference number, the id of a UN listing");
        }
        boolean person = "INDIVIDUAL".equals(r.kind());
        Entity.Builder b = Entity.builder(dataset, ref, person ? Schema.PERSON : Schema.ORGANIZATION);
        names(r, b);
        b.property("unscId", ref);
        StringJoiner internal = new StringJoiner(", ");
        if (r.field("DATAID") != null) {
            internal.add("DATAID " + r.field("DATAID"));
        }
        if (r.field("VERSIONNUM") != null) {
            internal.add("version " + r.field("VERSIONNUM"));
        }
        if (internal.length() > 0) {
            b.note("UN record " + internal);
        }
        r.values("NATIONALITY").forEach(b::nationality);
        r.values("TITLE").forEach(t -> b.property("title", t));
        r.values("DESIGNATION").forEach(b::position);
        r.values("LAST_DAY_UPDATED").forEach(d -> b.property("modifiedAt", d));
        r.values("LIST_TYPE").forEach(t -> b.note("List type: " + t));
        gender(r.field("GENDER"), b);
        for (Map<String, String> g : r.groups("INDIVIDUAL_DATE_OF_BIRTH")) {
            UnBirthDates.apply(g, b);
        }
        for (Map<String, String> g : r.groups("INDIVIDUAL_PLACE_OF_BIRTH")) {
            b.birthPlace(place(g));
        }
        for (Map<String, String> g : r.groups(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            address(g, b);
        }
        for (Map<String, String> g : r.groups("INDIVIDUAL_DOCUMENT")) {
            UnDocuments.apply(g, b);
        }
        b.sanction(new Sanction(AUTHORITY, r.field("UN_LIST_TYPE"), listedOn(r.field("LISTED_ON"), b),
                r.field("COMMENTS1")));
        b.sourceUrl(SOURCE_URL);
        return b.build();
    }

    private void names(UnRecord r, Entity.Builder b) throws ListParseException {
        // The parts are joined in file order. They are not mapped to given and family names: the UN
        // puts the surname first for Korean names (FIRST_NAME "YUN", SECOND_NAME "HO-JIN") and last for
        // most others, and Arabic names chain father's and grandfather's names, so no split is right
        // for all.
        List<String> parts = new ArrayList<>();
        for (String tag : NAME_PARTS) {
            if (r.field(tag) != null) {
                parts.add(r.field(tag));
            }
        }
        if (parts.isEmpty()) {
            throw new ListParseException(file, r.line(), 0, "FIRST_NAME", r.kind() + " " + r.field("REFERENCE_NUMBER")
                    + " has no name");
        }
        b.name(String.join(" ", parts), NameKind.PRIMARY);
        String script = r.field("NAME_ORIGINAL_SCRIPT");
        if (script != null) {
            // the file does not say which language: Arabic script serves Arabic, Pashto and Dari alike
            b.name(new Name(script, NameKind.ORIGINAL_SCRIPT, null, null, null));
        }
        for (Map<String, String> a : r.groups("INDIVIDUAL_ALIAS")) {
            alias(a, b);
        }
        for (Map<String, String> a : r.groups("ENTITY_ALIAS")) {
            alias(a, b);
        }
    }

    private static void alias(Map<String, String> a, Entity.Builder b) {
        String name = a.get("ALIAS_NAME");
        if (name == null) {
            return; // the file writes an empty INDIVIDUAL_ALIAS for entries without aliases
        }
        String quality = a.get("QUALITY");
        NameKind kind = quality == null ? NameKind.ALIAS
                : ALIAS_QUALITY.getOrDefault(quality.toLowerCase(Locale.ROOT), NameKind.ALIAS);
        b.name(name, kind);
        if (a.containsKey("NOTE")) {
            b.note("Alias " + name + ": " + a.get("NOTE"));
        }
        // an alias may come with the birth date and place used under it; they are the person's too
        String dob = a.get("DATE_OF_BIRTH");
        if (dob != null) {
            PartialDate d = DateText.parse(dob, true);
            if (d != null) {
                b.birthDate(d);
            } else {
                b.note("Alias " + name + ", date of birth: " + dob);
            }
        }
        String city = a.get("CITY_OF_BIRTH");
        String country = a.get("COUNTRY_OF_BIRTH");
        if (city != null || country != null) {
            b.birthPlace(Address.of(null, city, null, null, country).full());
        }
    }

    static String place(Map<String, String> g) {
        String parts = Address.of(g.get("STREET"), g.get("CITY"), g.get("STATE_PROVINCE"), g.get("ZIP_CODE"),
                g.get("COUNTRY")).full();
        String note = g.get("NOTE");
        if (note == null) {
            return parts;
        }
        if (parts.isEmpty()) {
            return note;
        }
        return parts + (note.startsWith("(") ? " " + note : " (" + note + ")");
    }

    private static void address(Map<String, String> g, Entity.Builder b) {
        Address a = Address.of(g.get("STREET"), g.get("CITY"), g.get("STATE_PROVINCE"), g.get("ZIP_CODE"),
                g.get("COUNTRY"));
        b.address(a);
        b.country(a.country());
        if (g.containsKey("NOTE")) {
            b.note(a.full().isEmpty() ? "Address: " + g.get("NOTE") : "Address " + a.full() + ": " + g.get("NOTE"));
        }
    }

    private static void gender(String gender, Entity.Builder b) {
        if (gender == null) {
            return;
        }
        String g = gender.toLowerCase(Locale.ROOT);
        if (g.equals("male") || g.equals("female")) {
            b.gender(g);
        } else {
            b.note("Gender: " + gender);
        }
    }

    private static LocalDate listedOn(String text, Entity.Builder b) {
        if (text == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(text);
        LocalDate d = m.matches() ? DateText.parseFull(m.group(1), true) : null;
        if (d == null) {
            b.note("Listed on: " + text);
        }
        return d;
    }
}
