package org.clearance.lists.ofac;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.io.CsvRecords;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.BasicListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;

/**
 * The OFAC legacy CSV set: {@code sdn.csv} (or {@code cons_prim.csv}) with its companions
 * {@code add.csv} (role "add"), {@code alt.csv} ("alt") and {@code sdn_comments.csv} ("comments"),
 * as documented in OFAC's "SDN data specification" (dat_spec.txt). The files have no header, CRLF
 * line ends, {@code -0- } for empty fields and a trailing Ctrl-Z byte.
 */
public final class OfacLegacyCsvFormat extends BasicListFormat {
    private static final String EMPTY = "-0-";
    private static final String EOF_MARK = "\u001a";
    private static final int MAIN_FIELDS = 12;
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    /** A main row starts with an ent_num and a quoted name, and has twelve fields. */
    private static final Pattern MAIN_ROW = Pattern.compile("^\\d+,\"[^\"]*\",(-0- |\"[^\"]*\"),\"[^\"]*\",.*");
    private static final Pattern ALT_ROW = Pattern.compile("^\\d+,\\d+,\"(aka|fka|nka)\",\".*");
    private static final Pattern ADD_ROW = Pattern.compile("^\\d+,\\d+,(-0- |\"[^\"]*\"),(-0- |\"[^\"]*\"),(-0- |\"[^\"]*\"),(-0- ?|\"[^\"]*\")$");
    private static final Pattern COMMENT_ROW = Pattern.compile("^\\d+,\".*");

    public OfacLegacyCsvFormat() {
        super("ofac-legacy-csv", "US Treasury OFAC legacy CSV (sdn.csv / cons_prim.csv with add, alt and comments files)", null);
    }

    /** SDN or consolidated, by the programmes in the file's head. */
    @Override
    public String defaultDataset(Sniff sniff) {
        return OfacDatasets.guess(sniff.text(), false);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return MAIN_ROW.matcher(sniff.firstLine()).matches() && fieldCount(sniff.firstLine()) == MAIN_FIELDS;
    }

    @Override
    public String companionRole(Sniff sniff) {
        String line = sniff.firstLine();
        if (ALT_ROW.matcher(line).matches()) {
            return "alt";
        }
        if (ADD_ROW.matcher(line).matches()) {
            return "add";
        }
        if (!accepts(sniff) && COMMENT_ROW.matcher(line).matches() && fieldCount(line) == 2) {
            return "comments";
        }
        return null;
    }

    @Override
    public Set<String> companionRoles() {
        return Set.of("add", "alt", "comments");
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink) throws IOException, ListParseException {
        Map<String, List<CSVRecord>> adds = companion(input, "add", 6);
        Map<String, List<CSVRecord>> alts = companion(input, "alt", 5);
        Map<String, List<CSVRecord>> comments = companion(input, "comments", 2);
        long count = 0;
        try (CsvRecords csv = CsvRecords.open(input, CSV)) {
            for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
                if (isEofMark(row.record())) {
                    continue;
                }
                if (row.record().size() != MAIN_FIELDS) {
                    throw new ListParseException(input.name(), row.line(), 0, null,
                            "expected " + MAIN_FIELDS + " fields in an OFAC list row, found " + row.record().size());
                }
                sink.accept(entity(row.record(), dataset, adds, alts, comments, input.name(), row.line()));
                count++;
            }
        }
        if (count == 0) {
            throw ListParseException.atFile(input.name(), "no entries in the file");
        }
        return ListMetadata.counted(count);
    }

    private static Entity entity(CSVRecord row, String dataset, Map<String, List<CSVRecord>> adds,
            Map<String, List<CSVRecord>> alts, Map<String, List<CSVRecord>> comments, String file, long line)
            throws ListParseException {
        String uid = value(row, 0);
        String name = value(row, 1);
        if (uid == null || !uid.chars().allMatch(Character::isDigit)) {
            throw new ListParseException(file, line, 0, "ent_num", "not an entry number: " + row.get(0));
        }
        if (name == null) {
            throw new ListParseException(file, line, 0, "SDN_Name", "entry " + uid + " has no name");
        }
        Schema schema = schema(value(row, 2));
        Entity.Builder b = Entity.builder(dataset, uid, schema);
        b.name(schema == Schema.PERSON ? OfacFacts.personName(name, NameKind.PRIMARY) : Name.of(name, NameKind.PRIMARY));
        for (CSVRecord alt : alts.getOrDefault(uid, List.of())) {
            String altName = value(alt, 3);
            if (altName != null) {
                NameKind kind = OfacFacts.aliasKind(value(alt, 2) == null ? "aka" : value(alt, 2));
                b.name(schema == Schema.PERSON ? OfacFacts.personName(altName, kind) : Name.of(altName, kind));
            }
        }
        String programs = value(row, 3);
        if (programs != null) {
            for (String p : programs.split("\\] \\[")) {
                b.sanction(new Sanction(OfacDatasets.AUTHORITY, p.replace("[", "").replace("]", "").strip(), null, null));
            }
        }
        b.position(value(row, 4));
        b.property("callSign", value(row, 5));
        b.property("type", value(row, 6));
        b.property("tonnage", value(row, 7));
        b.property("grossRegisteredTonnage", value(row, 8));
        String flag = value(row, 9);
        b.property("flag", flag);
        b.country(flag);
        b.property("ownerName", value(row, 10));
        for (CSVRecord add : adds.getOrDefault(uid, List.of())) {
            b.address(Address.of(value(add, 2), value(add, 3), null, null, value(add, 4)));
            b.country(value(add, 4));
            b.note(value(add, 5));
        }
        StringBuilder remarks = new StringBuilder(value(row, 11) == null ? "" : value(row, 11));
        for (CSVRecord c : comments.getOrDefault(uid, List.of())) {
            remarks.append(value(c, 1) == null ? "" : value(c, 1));
        }
        OfacFacts.readRemarks(remarks.toString(), b);
        b.sourceUrl(OfacDatasets.entryUrl(uid));
        return b.build();
    }

    static Schema schema(String sdnType) {
        if (sdnType == null) {
            return Schema.LEGAL_ENTITY;
        }
        return switch (sdnType.toLowerCase(java.util.Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> Schema.LEGAL_ENTITY;
        };
    }

    private static Map<String, List<CSVRecord>> companion(ListInput input, String role, int fields)
            throws IOException, ListParseException {
        Map<String, List<CSVRecord>> byEntry = new HashMap<>();
        Reader text = input.openCompanionText(role);
        if (text == null) {
            return byEntry;
        }
        String file = input.companions().get(role).toString();
        try (CsvRecords csv = CsvRecords.open(text, CSV, file)) {
            for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
                if (isEofMark(row.record())) {
                    continue;
                }
                if (row.record().size() != fields) {
                    throw new ListParseException(file, row.line(), 0, null,
                            "expected " + fields + " fields in an OFAC " + role + " row, found " + row.record().size());
                }
                byEntry.computeIfAbsent(row.record().get(0).strip(), k -> new ArrayList<>()).add(row.record());
            }
        }
        return byEntry;
    }

    private static boolean isEofMark(CSVRecord row) {
        return row.size() == 1 && (row.get(0).equals(EOF_MARK) || row.get(0).isBlank());
    }

    private static String value(CSVRecord row, int i) {
        if (i >= row.size()) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() || v.equals(EMPTY) ? null : v;
    }

    private static int fieldCount(String line) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                n++;
            }
        }
        return n;
    }
}
