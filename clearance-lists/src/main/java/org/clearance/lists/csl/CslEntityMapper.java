package org.clearance.lists.csl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.io.DateText;
import org.clearance.io.ListParseException;
import org.clearance.lists.SourceIds;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Relation;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;

/**
 * Turns one CSL record into an entity.
 *
 * <p><b>Source id.</b> trade.gov's own id ({@code _id}, {@code id}) when the file has one. The old
 * CSV layout has none: an OFAC record then takes its OFAC entity number, prefixed with the list's
 * abbreviation because OFAC lists the same number under two lists (SDN and SSI) as two CSL records;
 * any other record takes a hash of its source list, name and addresses, which stays put between
 * editions while those do, and tells apart the rows the Entity List keeps per address of one party
 * (Gunther Migeotte has five).
 *
 * <p><b>Sanctions.</b> The authority is the source list's agency; the programme is the source list's
 * name, followed by the record's {@code programs} code when it has one ("Specially Designated
 * Nationals (SDN): SDNTK"), so that a screener sees which of the dozen merged lists matched.
 */
final class CslEntityMapper {
    private static final Map<String, Schema> SCHEMATA = Map.of(
            "individual", Schema.PERSON,
            "entity", Schema.ORGANIZATION,
            "vessel", Schema.VESSEL,
            "aircraft", Schema.AIRCRAFT);

    /** The State Department appends this to nonproliferation listings; it qualifies, it names no one. */
    private static final Pattern SUCCESSOR_CLAUSE = Pattern.compile(
            "(?i)[;,]?\\s*and\\s+(any successor, sub-unit, or subsidiary thereof)\\.?$");

    private static final Pattern LINKED_TO = Pattern.compile("\\(Linked To: ([^)]+)\\)");

    private final String dataset;
    private final String file;
    private final SourceIds ids = new SourceIds();

    CslEntityMapper(String dataset, String file) {
        this.dataset = dataset;
        this.file = file;
    }

    Entity map(CslFields r) throws ListParseException {
        String source = require(r, "source");
        String rawName = require(r, "name");
        CslSourceList list = CslSourceList.parse(source);
        String type = r.text("type");
        Schema schema = SCHEMATA.get(type.toLowerCase(Locale.ROOT));
        Entity.Builder b = Entity.builder(dataset, ids.unique(sourceId(r, list, rawName)),
                schema == null ? Schema.LEGAL_ENTITY : schema);
        if (schema == null && !type.isEmpty()) {
            b.note("Type: " + type);
        }
        Matcher successor = SUCCESSOR_CLAUSE.matcher(rawName);
        boolean qualified = successor.find();
        String primary = (qualified ? rawName.substring(0, successor.start()) : rawName).strip();
        if (primary.isEmpty()) {
            throw new ListParseException(file, r.line(), 0, "name", "the name is empty once its qualifier is removed");
        }
        b.name(primary, NameKind.PRIMARY);
        if (qualified) {
            b.note("Listed with " + successor.group(1));
        }
        for (String alias : r.values("alt_names")) {
            b.name(alias, NameKind.ALIAS);
        }
        readPerson(r, b);
        readVessel(r, b);
        for (Address a : r.addresses()) {
            b.address(a);
            b.country(a.country());
        }
        for (CslId id : r.ids()) {
            CslIdentifiers.apply(id, b);
        }
        readSanctions(r, list, b);
        readRemarks(r, b);
        String listUrl = r.text("source_list_url");
        String infoUrl = r.text("source_information_url");
        b.sourceUrl(listUrl.isEmpty() ? blankToNull(infoUrl) : listUrl);
        if (!infoUrl.isEmpty() && !infoUrl.equals(listUrl)) {
            b.note("Source information: " + infoUrl);
        }
        return b.build();
    }

    private String require(CslFields r, String field) throws ListParseException {
        String v = r.text(field);
        if (v.isEmpty()) {
            throw new ListParseException(file, r.line(), 0, field, "the record has no " + field);
        }
        return v;
    }

    private static String sourceId(CslFields r, CslSourceList list, String name) {
        if (!r.recordId().isEmpty()) {
            return r.recordId();
        }
        String prefix = list.abbreviation().toLowerCase(Locale.ROOT);
        String number = r.text("entity_number");
        if (!number.isEmpty()) {
            return prefix + "-" + number;
        }
        List<String> parts = new ArrayList<>(List.of(r.text("source"), name));
        r.addresses().forEach(a -> parts.add(a.full()));
        return prefix + "-" + SourceIds.hash(parts.toArray(String[]::new));
    }

    private static void readPerson(CslFields r, Entity.Builder b) {
        b.position(r.text("title"));
        for (String dob : r.values("dates_of_birth")) {
            // trade.gov writes ISO dates or OFAC's "12 Jan 1960"; neither is ambiguous about day and month
            PartialDate d = DateText.parse(dob, false);
            if (d != null) {
                b.birthDate(d);
            } else {
                b.note("Date of birth: " + dob);
            }
        }
        r.values("places_of_birth").forEach(b::birthPlace);
        r.values("nationalities").forEach(b::nationality);
        r.values("citizenships").forEach(b::nationality);
    }

    private static void readVessel(CslFields r, Entity.Builder b) {
        b.property("callSign", r.text("call_sign"));
        b.property("type", r.text("vessel_type"));
        b.property("tonnage", r.text("gross_tonnage"));
        b.property("grossRegisteredTonnage", r.text("gross_registered_tonnage"));
        String flag = r.text("vessel_flag");
        b.property("flag", flag);
        b.country(flag);
        String owner = r.text("vessel_owner");
        if (!owner.isEmpty()) {
            b.relation(new Relation("owned by", owner, null));
        }
    }

    private static void readSanctions(CslFields r, CslSourceList list, Entity.Builder b) {
        String start = r.text("start_date");
        LocalDate listedOn = DateText.parseFull(start, false);
        if (listedOn == null && !start.isEmpty()) {
            b.note("Start date: " + start);
        }
        String reason = licence(r.text("license_requirement"), r.text("license_policy"));
        List<String> programs = r.values("programs");
        if (programs.isEmpty()) {
            b.sanction(new Sanction(list.authority(), list.name(), listedOn, reason));
        }
        for (String program : programs) {
            b.sanction(new Sanction(list.authority(), list.name() + ": " + program, listedOn, reason));
        }
        labelled(b, "Federal Register", r.text("federal_register_notice"));
        labelled(b, "End date", r.text("end_date"));
        labelled(b, "Standard order", r.text("standard_order"));
    }

    private static String licence(String requirement, String policy) {
        List<String> parts = new ArrayList<>();
        if (!requirement.isEmpty()) {
            parts.add("License requirement: " + requirement);
        }
        if (!policy.isEmpty()) {
            parts.add("License policy: " + policy);
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static void readRemarks(CslFields r, Entity.Builder b) {
        String remarks = r.text("remarks");
        b.note(remarks);
        Matcher m = LINKED_TO.matcher(remarks);
        while (m.find()) {
            b.relation(new Relation("linked to", m.group(1).strip(), null));
        }
    }

    private static void labelled(Entity.Builder b, String label, String value) {
        if (!value.isEmpty()) {
            b.note(label + ": " + value);
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
