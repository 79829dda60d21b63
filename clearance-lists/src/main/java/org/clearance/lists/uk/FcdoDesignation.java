package org.clearance.lists.uk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.clearance.io.DateText;
import org.clearance.io.ListParseException;
import org.clearance.io.SafeXml;
import org.clearance.lists.IdentifierTypes;
import org.clearance.lists.TextParts;
import org.clearance.lists.XmlChildren;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.PartialDate;
import org.clearance.model.Relation;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;

/**
 * Reads one {@code Designation} of the FCDO UK Sanctions List XML into an entity.
 *
 * <p>The entity id is the {@code OFSIGroupID} when the designation has one, else its {@code UniqueID}:
 * OFSI's Group ID is the id the OFSI consolidated list gives the same party, so the two UK files
 * yield the same entity id in the shared {@code gb_sanctions} dataset and a party listed in both
 * becomes one entity, and OFSI keeps Group IDs stable across format changes. Designations outside
 * OFSI's remit (trade, transport or immigration sanctions only, most ships) have no Group ID and keep
 * their UniqueID; the two id spaces cannot collide because UniqueIDs start with letters ("RUS0251")
 * and Group IDs are numbers. The UniqueID is kept in {@code authorityId} either way.
 *
 * <p>The id may come after the facts in the designation, so facts are collected as builder steps and
 * replayed once the id is known.
 */
final class FcdoDesignation {
    private static final Map<String, String> GENDERS = Map.of("male", "male", "female", "female");

    private final SafeXml.Reader xml;
    private final List<Consumer<Entity.Builder>> facts = new ArrayList<>();
    private final UkNames names = new UkNames();
    private final Set<String> notes = new LinkedHashSet<>();
    private String uniqueId;
    private String groupId;
    private String type;
    private String regime;
    private String designated;
    private String reasons;

    private FcdoDesignation(SafeXml.Reader xml) {
        this.xml = xml;
    }

    /** Reads the designation the reader stands on, up to its end element. */
    static Entity read(SafeXml.Reader xml, String file, String dataset) throws ListParseException {
        long line = xml.line();
        FcdoDesignation d = new FcdoDesignation(xml);
        XmlChildren.forEach(xml, d::child);
        return d.build(file, line, dataset);
    }

    private void child(String name) throws ListParseException {
        switch (name) {
            case "UniqueID" -> uniqueId = xml.text();
            case "OFSIGroupID" -> groupId = xml.text();
            case "UNReferenceNumber" -> property("unscId", xml.text());
            case "IndividualEntityShip" -> type = xml.text();
            case "RegimeName" -> regime = xml.text();
            case "DateDesignated" -> designated = xml.text();
            case "UKStatementofReasons", "UKStatementOfReasons" -> reasons = xml.text();
            case "DesignationSource" -> note("designation source: ", xml.text());
            case "SanctionsImposed" -> note("sanctions imposed: ", xml.text());
            case "OtherInformation" -> note("", xml.text());
            case "Names" -> XmlChildren.forEach(xml, n -> whenNamed(n, "Name", this::name));
            case "NonLatinNames", "NonLatinName" -> nonLatinName();
            case "Titles" -> leaves(v -> property("title", v));
            case "Addresses" -> XmlChildren.forEach(xml, n -> whenNamed(n, "Address", this::address));
            case "PhoneNumbers" -> leaves(v -> property("phone", v));
            case "EmailAddresses" -> leaves(v -> property("email", v));
            case "Websites" -> leaves(v -> property("website", v));
            case "IndividualDetails" -> XmlChildren.forEach(xml, n -> whenNamed(n, "Individual", () -> XmlChildren.forEach(xml, this::individual)));
            case "EntityDetails" -> XmlChildren.forEach(xml, n -> whenNamed(n, "Entity", () -> XmlChildren.forEach(xml, this::entity)));
            case "ShipDetails" -> XmlChildren.forEach(xml, n -> whenNamed(n, "Ship", () -> XmlChildren.forEach(xml, this::ship)));
            default -> xml.skip();
        }
    }

    private void name() throws ListParseException {
        String[] given = new String[5];
        String[] rest = new String[3]; // Name6, NameType, AliasStrength
        XmlChildren.forEach(xml, n -> {
            if (n.length() == 5 && n.startsWith("Name") && n.charAt(4) >= '1' && n.charAt(4) <= '5') {
                given[n.charAt(4) - '1'] = xml.text();
            } else {
                switch (n) {
                    case "Name6" -> rest[0] = xml.text();
                    case "NameType" -> rest[1] = xml.text();
                    case "AliasStrength" -> rest[2] = xml.text();
                    default -> xml.skip();
                }
            }
        });
        names.add(given, rest[0], rest[1], rest[2]);
    }

    /** A non-Latin name; the list has been seen with the fields in NonLatinName and straight in NonLatinNames. */
    private void nonLatinName() throws ListParseException {
        String[] nameAndLanguage = new String[2];
        XmlChildren.forEach(xml, n -> {
            switch (n) {
                case "NonLatinName" -> nonLatinName();
                case "NameNonLatinScript" -> nameAndLanguage[0] = xml.text();
                case "NonLatinScriptLanguage" -> nameAndLanguage[1] = xml.text();
                default -> xml.skip();
            }
        });
        names.addNonLatin(nameAndLanguage[0], nameAndLanguage[1]);
    }

    private void address() throws ListParseException {
        String[] lines = new String[6];
        String[] postAndCountry = new String[2];
        XmlChildren.forEach(xml, n -> {
            if (n.length() == 12 && n.startsWith("AddressLine") && n.charAt(11) >= '1' && n.charAt(11) <= '6') {
                lines[n.charAt(11) - '1'] = xml.text();
            } else if (n.equals("AddressPostalCode")) {
                postAndCountry[0] = xml.text();
            } else if (n.equals("AddressCountry")) {
                postAndCountry[1] = xml.text();
            } else {
                xml.skip();
            }
        });
        String street = TextParts.join(", ", lines);
        String post = postAndCountry[0];
        String country = postAndCountry[1];
        if (street != null || post != null) {
            Address a = new Address(TextParts.join(", ", street, post, country), null, null, null, post, country);
            facts.add(b -> b.address(a));
        }
        if (country != null) {
            facts.add(b -> b.country(country));
        }
    }

    private void individual(String name) throws ListParseException {
        switch (name) {
            case "DOBs" -> leaves(this::birthDate);
            case "Nationalities" -> leaves(v -> facts.add(b -> b.nationality(v)));
            case "Positions" -> leaves(v -> facts.add(b -> b.position(v)));
            case "Genders" -> leaves(this::gender);
            case "BirthDetails" -> XmlChildren.forEach(xml, n -> whenNamed(n, "Location", this::birthPlace));
            case "PassportDetails" -> XmlChildren.forEach(xml, n -> whenNamed(n, "Passport",
                    () -> document("PassportNumber", "PassportAdditionalInformation", "Passport", IdentifierType.PASSPORT)));
            case "NationalIdentifierDetails" -> XmlChildren.forEach(xml, n -> whenNamed(n, "NationalIdentifier",
                    () -> document("NationalIdentifierNumber", "NationalIdentifierAdditionalInformation",
                            "National Identifier", IdentifierType.NATIONAL_ID)));
            case "Titles" -> leaves(v -> property("title", v));
            default -> xml.skip();
        }
    }

    private void entity(String name) throws ListParseException {
        switch (name) {
            case "BusinessRegistrationNumbers" -> leaves(v -> {
                IdentifierType t = IdentifierTypes.classify(v);
                identifier(new Identifier(t == IdentifierType.OTHER ? IdentifierType.REGISTRATION : t,
                        "Business Registration Number", v, null, null));
            });
            case "TypeOfEntities" -> leaves(v -> property("legalForm", v));
            case "ParentCompanies" -> leaves(v -> facts.add(b -> b.relation(new Relation("parent company", v, null))));
            case "Subsidiaries" -> leaves(v -> facts.add(b -> b.relation(new Relation("subsidiary", v, null))));
            default -> xml.skip();
        }
    }

    private void ship(String name) throws ListParseException {
        switch (name) {
            case "IMONumbers" -> leaves(v -> identifier(new Identifier(IdentifierType.IMO, "IMO number", v, null, null)));
            case "CurrentOwnerOperators" -> leaves(v -> facts.add(b -> b.relation(new Relation("owner/operator", v, null))));
            case "CurrentBelievedFlagOfShips" -> leaves(v -> property("flag", v));
            case "PreviousFlags" -> leaves(v -> property("pastFlags", v));
            case "TypeOfShipDetails" -> leaves(v -> property("type", v));
            case "TonnageOfShipDetails" -> leaves(v -> property("tonnage", v));
            case "YearsBuilt" -> leaves(v -> property("buildDate", v));
            case "LengthOfShipDetails" -> leaves(v -> note("length: ", v));
            case "HullIdentificationNumbers" -> leaves(v -> identifier(new Identifier(IdentifierType.OTHER,
                    "Hull identification number", v, null, null)));
            default -> xml.skip();
        }
    }

    private void birthDate(String text) {
        PartialDate d = UkValues.date(text);
        if (d != null) {
            facts.add(b -> b.birthDate(d));
        } else {
            notes.add("date of birth not understood: " + text);
        }
    }

    private void gender(String text) {
        String g = GENDERS.get(text.toLowerCase(Locale.ROOT));
        if (g != null) {
            facts.add(b -> b.gender(g));
        } else {
            notes.add("gender: " + text);
        }
    }

    private void birthPlace() throws ListParseException {
        String[] townAndCountry = new String[2];
        XmlChildren.forEach(xml, n -> {
            switch (n) {
                case "TownOfBirth" -> townAndCountry[0] = xml.text();
                case "CountryOfBirth" -> townAndCountry[1] = xml.text();
                default -> xml.skip();
            }
        });
        String place = TextParts.join(", ", townAndCountry);
        if (place != null) {
            facts.add(b -> b.birthPlace(place));
        }
    }

    private void document(String numberElement, String detailsElement, String label, IdentifierType type)
            throws ListParseException {
        String[] numberAndDetails = new String[2];
        XmlChildren.forEach(xml, n -> {
            if (n.equals(numberElement)) {
                numberAndDetails[0] = xml.text();
            } else if (n.equals(detailsElement)) {
                numberAndDetails[1] = xml.text();
            } else {
                xml.skip();
            }
        });
        if (numberAndDetails[0] != null) {
            IdentifierType byDetails = IdentifierTypes.classify(numberAndDetails[1]);
            IdentifierType t = type == IdentifierType.NATIONAL_ID && byDetails != IdentifierType.OTHER ? byDetails : type;
            identifier(new Identifier(t, label, numberAndDetails[0], null, numberAndDetails[1]));
        } else if (numberAndDetails[1] != null) {
            notes.add(label + ": " + numberAndDetails[1]);
        }
    }

    private Entity build(String file, long line, String dataset) throws ListParseException {
        String sourceId = groupId != null ? groupId : uniqueId;
        if (sourceId == null) {
            throw new ListParseException(file, line, 0, "UniqueID", "designation without a UniqueID or OFSIGroupID");
        }
        if (names.isEmpty()) {
            throw new ListParseException(file, line, 0, "Names", "designation " + sourceId + " has no name");
        }
        Schema schema = UkLists.schema(type);
        if (schema == null) {
            notes.add("entry type not understood: " + type);
        }
        Entity.Builder b = Entity.builder(dataset, sourceId, schema == null ? Schema.LEGAL_ENTITY : schema);
        names.addTo(b, schema == Schema.PERSON);
        b.property("authorityId", uniqueId);
        facts.forEach(f -> f.accept(b));
        LocalDate listed = DateText.parseFull(designated, true);
        if (designated != null && listed == null) {
            notes.add("designation date not understood: " + designated);
        }
        b.sanction(new Sanction(UkLists.AUTHORITY, regime, listed, reasons));
        notes.forEach(b::note);
        return b.build();
    }

    /** Reads a wrapper of repeated text elements ({@code <DOBs><DOB>..</DOB></DOBs>}). */
    private void leaves(Consumer<String> value) throws ListParseException {
        XmlChildren.forEach(xml, n -> {
            String v = xml.text();
            if (v != null) {
                value.accept(v);
            }
        });
    }

    private interface Step {
        void run() throws ListParseException;
    }

    private void whenNamed(String actual, String expected, Step step) throws ListParseException {
        if (actual.equals(expected)) {
            step.run();
        } else {
            xml.skip();
        }
    }

    private void property(String name, String value) {
        if (value != null) {
            facts.add(b -> b.property(name, value));
        }
    }

    private void identifier(Identifier id) {
        facts.add(b -> b.identifier(id));
    }

    private void note(String prefix, String text) {
        if (text != null) {
            notes.add(prefix + text);
        }
    }
}
