package org.clearance.lists.ofac;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.clearance.io.DateText;
import org.clearance.io.ListParseException;
import org.clearance.lists.IdentifierTypes;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Relation;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;

/** Turns an {@link EnhancedRecord} into an {@link Entity}, resolving references through the file's table. */
final class EnhancedEntityMapper {
    static final String AUTHORITY = "US Treasury OFAC";

    /** OFAC's public search shows each entry at this address followed by its id (the legacy ent_num). */
    static final String SOURCE_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=";

    private static final Map<String, Schema> ENTITY_TYPES = Map.of(
            "Individual", Schema.PERSON,
            "Entity", Schema.ORGANIZATION,
            "Vessel", Schema.VESSEL,
            "Aircraft", Schema.AIRCRAFT);

    /**
     * Languages of the scripts that name one language. Cyrillic and Arabic are absent on purpose:
     * OFAC lists Russian, Belarusian and Ukrainian (or Arabic, Persian and Urdu) names in them alike.
     */
    private static final Map<String, String> SCRIPT_LANGUAGES = Map.of(
            "Chinese Simplified", "zh",
            "Chinese Traditional", "zh",
            "Japanese", "ja",
            "Korean", "ko",
            "Hangul", "ko",
            "Greek", "el",
            "Hebrew", "he",
            "Georgian", "ka",
            "Armenian", "hy");

    private static final String LATIN = "Latin";
    private static final String FORMER_ALIAS = "F.K.A.";

    /** OFAC files a vessel's IMO number as a "Vessel Registration Identification" reading "IMO 1234567". */
    private static final Pattern IMO_NUMBER = Pattern.compile("IMO \\d{7}");

    private final String file;
    private final String dataset;
    private final EnhancedReferences refs;

    EnhancedEntityMapper(String file, String dataset, EnhancedReferences refs) {
        this.file = file;
        this.dataset = dataset;
        this.refs = refs;
    }

    Entity map(EnhancedRecord r) throws ListParseException {
        if (r.id == null || r.id.isBlank()) {
            throw new ListParseException(file, r.line, 0, "entity/@id", "entity without an id attribute");
        }
        String type = refs.text(r.entityType);
        Schema schema = ENTITY_TYPES.get(type);
        Entity.Builder b = Entity.builder(dataset, r.id, schema == null ? Schema.LEGAL_ENTITY : schema);
        if (schema == null) {
            b.note("entity type: " + type);
        }
        names(r, b);
        sanctions(r, b);
        for (EnhancedRecord.Feature f : r.features) {
            feature(f, b);
        }
        for (EnhancedRecord.Document d : r.documents) {
            document(d, b);
        }
        for (EnhancedRecord.AddressEntry a : r.addresses) {
            String country = refs.text(a.country());
            for (EnhancedRecord.AddressVersion v : a.versions()) {
                b.address(address(v, country));
            }
            if (a.versions().isEmpty() && country != null) {
                b.address(Address.of(null, null, null, null, country));
            }
        }
        for (EnhancedRecord.Relationship rel : r.relationships) {
            String kind = refs.text(rel.type());
            b.relation(new Relation(kind == null ? "related to" : kind.toLowerCase(Locale.ROOT),
                    rel.entityName() != null ? rel.entityName() : rel.entityId(),
                    rel.entityId() == null ? null : Entity.idFor(dataset, rel.entityId())));
        }
        r.remarks.forEach(b::note);
        b.sourceUrl(SOURCE_URL + r.id);
        return b.build();
    }

    /** One candidate name, ranked so that the primary name is added first. */
    private record Candidate(Name name, boolean primary) {}

    private void names(EnhancedRecord r, Entity.Builder b) throws ListParseException {
        boolean person = b.schema() == Schema.PERSON;
        List<Candidate> all = new ArrayList<>();
        for (EnhancedRecord.NameEntry n : r.names) {
            String aliasType = refs.text(n.aliasType());
            for (EnhancedRecord.Translation t : n.translations()) {
                String full = t.fullName() != null ? t.fullName() : join(t.firstName(), t.lastName());
                if (full == null) {
                    continue;
                }
                String script = refs.text(t.script());
                boolean latin = script == null || LATIN.equals(script);
                boolean primary = n.primary() && t.primary();
                // a former name stays former (and a weak alias weak) in any script: that is what a screener weighs
                NameKind kind = primary ? NameKind.PRIMARY
                        : FORMER_ALIAS.equals(aliasType) ? NameKind.FORMER
                        : n.lowQuality() ? NameKind.WEAK_ALIAS
                        : !latin ? NameKind.ORIGINAL_SCRIPT
                        : NameKind.ALIAS;
                Name name = new Name(full, kind, person ? t.firstName() : null, person ? t.lastName() : null,
                        latin ? null : SCRIPT_LANGUAGES.get(script));
                all.add(new Candidate(name, kind == NameKind.PRIMARY));
            }
        }
        if (all.stream().noneMatch(Candidate::primary)) {
            throw new ListParseException(file, r.line, 0, "names", "entity " + r.id
                    + " has no primary name (a name and translation with isPrimary true and a formattedFullName)");
        }
        all.stream().sorted(Comparator.comparing(c -> !c.primary())).forEach(c -> b.name(c.name()));
    }

    /**
     * One Sanction per programme. The file dates an entity's placement on each OFAC list, not on
     * each programme: the earliest of those dates is when it was first listed. The legal
     * authorities are the stated basis of the listing, so they are its reason.
     */
    private void sanctions(EnhancedRecord r, Entity.Builder b) {
        LocalDate listed = null;
        List<String> lists = new ArrayList<>();
        for (EnhancedRecord.ListEntry l : r.lists) {
            LocalDate d = isoDate(l.datePublished());
            if (d != null && (listed == null || d.isBefore(listed))) {
                listed = d;
            }
            lists.add(l.datePublished() == null ? l.name() : l.name() + " (" + l.datePublished() + ")");
        }
        String reason = r.legalAuthorities.isEmpty() ? null : String.join("; ", r.legalAuthorities);
        for (String program : r.programs) {
            b.sanction(new Sanction(AUTHORITY, program, listed, reason));
        }
        if (!lists.isEmpty()) {
            b.note("OFAC lists: " + String.join("; ", lists));
        }
        if (!r.sanctionsTypes.isEmpty()) {
            b.note("Sanctions type: " + String.join("; ", r.sanctionsTypes));
        }
    }

    private void feature(EnhancedRecord.Feature f, Entity.Builder b) {
        String type = refs.featureType(f.type());
        String value = f.value();
        if (value == null && f.valueRefId() != null) {
            EnhancedReferences.Value v = refs.get(f.valueRefId());
            value = v == null ? null : v.value();
        }
        if (value == null && f.dateBegin() != null) {
            value = f.dateBegin();
        }
        if (value == null) {
            return;
        }
        EnhancedFeatures.Rule rule = EnhancedFeatures.rule(type);
        if (rule == null) {
            b.note(label(type, value) + (f.comments() == null ? "" : " " + f.comments()));
            return;
        }
        switch (rule.target()) {
            case BIRTH_DATE -> {
                PartialDate d = date(f);
                if (d == null) {
                    b.note(label(type, value));
                } else {
                    b.birthDate(d);
                    if (f.approximate()) {
                        b.note(label(type, value) + " (approximate)");
                    }
                }
            }
            case BIRTH_PLACE -> b.birthPlace(value);
            case NATIONALITY -> b.nationality(value);
            case COUNTRY -> {
                b.country(value);
                b.property(rule.property(), value);
            }
            case FLAG -> {
                b.country(value);
                b.property("flag", value);
            }
            case GENDER -> b.gender(value.toLowerCase(Locale.ROOT));
            case PROPERTY -> b.property(rule.property(), value);
            case IDENTIFIER -> b.identifier(new Identifier(rule.idType(), type, value, null, f.comments()));
        }
    }

    /**
     * A feature's date at the precision the file gives: its {@code valueDate} bounds say whether it
     * is a day, a month or a year ("1962" is 1962-01-01 to 1962-12-31). A true range ("1960 to 1962")
     * is no single date and stays a note.
     */
    static PartialDate date(EnhancedRecord.Feature f) {
        LocalDate from = isoDate(f.dateBegin());
        LocalDate to = isoDate(f.dateEnd());
        if (from != null && to != null && !f.range()) {
            if (from.equals(to)) {
                return PartialDate.of(from);
            }
            boolean wholeMonth = from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()));
            if (wholeMonth) {
                return new PartialDate(from.getYear(), from.getMonthValue(), 0);
            }
            boolean wholeYear = from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
            if (wholeYear) {
                return PartialDate.ofYear(from.getYear());
            }
            return null;
        }
        return f.range() ? null : DateText.parse(f.value(), true);
    }

    private void document(EnhancedRecord.Document d, Entity.Builder b) {
        if (d.number() == null) {
            return;
        }
        String label = refs.text(d.type());
        IdentifierType type = IMO_NUMBER.matcher(d.number()).matches() ? IdentifierType.IMO : IdentifierTypes.classify(label);
        List<String> notes = new ArrayList<>();
        if (d.authority() != null) {
            notes.add("issued by " + d.authority());
        }
        if (d.location() != null) {
            notes.add("issued in " + d.location());
        }
        if (!d.valid()) {
            notes.add("not valid");
        }
        b.identifier(new Identifier(type, label == null ? "identity document" : label, d.number(),
                refs.text(d.country()), notes.isEmpty() ? null : String.join("; ", notes)));
    }

    private Address address(EnhancedRecord.AddressVersion v, String country) {
        List<String> street = new ArrayList<>();
        String city = null;
        String region = null;
        String postal = null;
        for (int i = 0; i < v.partValues().size(); i++) {
            String part = refs.text(v.partTypes().get(i));
            String value = v.partValues().get(i);
            switch (part == null ? "" : part) {
                case "CITY" -> city = value;
                case "STATE/PROVINCE" -> region = region == null ? value : value + ", " + region;
                case "REGION" -> region = region == null ? value : region + ", " + value;
                case "POSTAL CODE" -> postal = value;
                default -> street.add(value); // ADDRESS1..3, and any part type OFAC adds later
            }
        }
        return Address.of(street.isEmpty() ? null : String.join(", ", street), city, region, postal, country);
    }

    private static LocalDate isoDate(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String label(String type, String value) {
        if (type == null) {
            return value;
        }
        return type.endsWith(":") || type.endsWith("-") ? type + " " + value : type + ": " + value;
    }

    private static String join(String first, String last) {
        if (first == null) {
            return last;
        }
        return last == null ? first : last + ", " + first;
    }
}
