package org.clearance.lists.uk;

import org.clearance.lists.TextParts;
import org.clearance.lists.ColumnLayout;
import static org.clearance.lists.uk.OfsiColumn.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.clearance.io.DateText;
import org.clearance.lists.IdentifierTypes;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.PartialDate;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;

/**
 * The rows of one OFSI Group ID, merged into one entity. Each row is one name; the other columns
 * repeat or add to the group's facts (a second address, a second date of birth), so everything is
 * collected and repeated values kept once.
 */
final class OfsiGroup {
    /** A seven-digit IMO number where Other Information names one ("IMO number", "IMO: 9123456"). */
    private static final Pattern IMO = Pattern.compile("(?i)\\bIMO\\b[^0-9]{0,12}(\\d{7})\\b");

    private static final Map<String, String> GENDERS = Map.of("male", "male", "female", "female");

    private final Entity.Builder builder;
    private final UkNames names = new UkNames();
    private final Set<String> notes = new LinkedHashSet<>();
    /** One sanction per regime, merged over the rows: a row may lack the date or reason another has. */
    private final Map<String, Sanction> sanctions = new LinkedHashMap<>();
    private boolean typed;

    OfsiGroup(String dataset, String groupId) {
        builder = Entity.builder(dataset, groupId, Schema.LEGAL_ENTITY);
    }

    /**
     * Adds one row.
     *
     * @return false when the row carries no name (the caller reports it with the row's line)
     */
    boolean add(ColumnLayout<OfsiColumn> c, CSVRecord r) {
        if (!names.add(c.get(r, GIVEN_NAMES), c.get(r, NAME_6), c.get(r, ALIAS_TYPE), c.get(r, ALIAS_QUALITY))) {
            return false;
        }
        type(c.get(r, GROUP_TYPE));
        names.addNonLatin(c.get(r, NAME_NON_LATIN_SCRIPT), c.get(r, NON_LATIN_SCRIPT_LANGUAGE));
        UkValues.split(c.get(r, TITLE)).forEach(t -> builder.property("title", t));
        for (String dob : UkValues.split(c.get(r, DOB))) {
            PartialDate d = UkValues.date(dob);
            if (d != null) {
                builder.birthDate(d);
            } else {
                notes.add("date of birth not understood: " + dob);
            }
        }
        builder.birthPlace(TextParts.join(", ", c.get(r, TOWN_OF_BIRTH), c.get(r, COUNTRY_OF_BIRTH)));
        UkValues.split(c.get(r, NATIONALITY)).forEach(builder::nationality);
        UkValues.split(c.get(r, POSITION)).forEach(builder::position);
        identifiers(c.get(r, PASSPORT_NUMBER), c.get(r, PASSPORT_DETAILS), "Passport", IdentifierType.PASSPORT);
        identifiers(c.get(r, NATIONAL_IDENTIFICATION_NUMBER), c.get(r, NATIONAL_IDENTIFICATION_DETAILS),
                "National Identification Number", IdentifierType.NATIONAL_ID);
        address(c.get(r, ADDRESS_LINES), c.get(r, POST_ZIP_CODE), c.get(r, COUNTRY));
        String reason = otherInformation(c.get(r, OTHER_INFORMATION));
        sanction(c.get(r, REGIME), c.get(r, LISTED_ON), c.get(r, DATE_DESIGNATED), reason);
        return true;
    }

    Entity build() {
        names.addTo(builder, builder.schema() == Schema.PERSON);
        sanctions.values().forEach(builder::sanction);
        notes.forEach(builder::note);
        return builder.build();
    }

    private void type(String groupType) {
        if (typed || groupType == null) {
            return;
        }
        Schema s = UkLists.schema(groupType);
        if (s == null) {
            notes.add("group type not understood: " + groupType);
        } else {
            builder.schema(s);
            typed = true;
        }
    }

    /**
     * Pairs numbers with their details by position when both fields number their values alike
     * ("(1) 123 (2) 456" / "(1) issued 2001 (2) expired"); otherwise every number carries all the details.
     */
    private void identifiers(String numbers, String details, String label, IdentifierType defaultType) {
        List<String> n = UkValues.split(numbers);
        List<String> d = UkValues.split(details);
        for (int i = 0; i < n.size(); i++) {
            String note = d.size() == n.size() ? d.get(i) : details;
            IdentifierType byDetails = IdentifierTypes.classify(note);
            IdentifierType type = defaultType == IdentifierType.NATIONAL_ID && byDetails != IdentifierType.OTHER ? byDetails : defaultType;
            builder.identifier(new Identifier(type, label, n.get(i), null, note));
        }
    }

    private void address(String[] lines, String postCode, String country) {
        String street = TextParts.join(", ", lines);
        if (street != null || postCode != null) {
            builder.address(new Address(TextParts.join(", ", street, postCode, country), null, null, null, postCode, country));
        }
        UkValues.split(country).forEach(builder::country);
    }

    /** Keeps the text as a note and lifts out the parts that have a field; returns the statement of reasons. */
    private String otherInformation(String text) {
        if (text == null) {
            return null;
        }
        notes.add(text);
        Map<String, String> parts = UkOtherInformation.parts(text);
        String gender = UkOtherInformation.word(parts.get("gender"));
        if (gender != null && GENDERS.containsKey(gender.toLowerCase(Locale.ROOT))) {
            builder.gender(GENDERS.get(gender.toLowerCase(Locale.ROOT)));
        }
        builder.property("authorityId", UkOtherInformation.word(parts.get("uk sanctions list ref")));
        builder.property("unscId", UkOtherInformation.word(parts.get("un ref")));
        builder.property("phone", UkOtherInformation.word(parts.get("phone number")));
        builder.property("email", UkOtherInformation.word(parts.get("email address")));
        builder.property("website", UkOtherInformation.word(parts.get("website")));
        if (builder.schema() == Schema.VESSEL) {
            Matcher m = IMO.matcher(text);
            while (m.find()) {
                builder.identifier(new Identifier(IdentifierType.IMO, "IMO number", m.group(1), null, null));
            }
        }
        return parts.get("uk statement of reasons");
    }

    private void sanction(String regime, String listedOn, String designated, String reason) {
        String written = listedOn != null ? listedOn : designated;
        LocalDate date = DateText.parseFull(written, true);
        if (written != null && date == null) {
            notes.add("listing date not understood: " + written);
        }
        sanctions.merge(regime == null ? "" : regime, new Sanction(UkLists.AUTHORITY, regime, date, reason),
                (a, b) -> new Sanction(a.authority(), a.program(), earlier(a.listedOn(), b.listedOn()),
                        a.reason() != null ? a.reason() : b.reason()));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
