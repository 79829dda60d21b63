package org.clearance.lists.ofac;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.clearance.io.DateText;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.SafeXml;
import org.clearance.io.Sniff;
import org.clearance.lists.BasicListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.lists.TextParts;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;

/**
 * The OFAC legacy XML ({@code sdnList} root), used by both {@code sdn.xml} and the non-SDN
 * {@code consolidated.xml}, per OFAC's sdn.xsd: one {@code sdnEntry} per listed party with its
 * programmes, aliases, identifiers, addresses, nationalities, birth dates and places, and vessel
 * details. The file is read as a stream, one entry at a time.
 */
public final class OfacLegacyXmlFormat extends BasicListFormat {
    public OfacLegacyXmlFormat() {
        super("ofac-legacy-xml", "US Treasury OFAC legacy XML (sdn.xml / consolidated.xml, sdnList schema)", null);
    }

    /** SDN or consolidated, by the programmes in the file's head. */
    @Override
    public String defaultDataset(Sniff sniff) {
        return OfacDatasets.guess(sniff.text(), true);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return "sdnList".equals(sniff.xmlRoot());
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink) throws IOException, ListParseException {
        LocalDate published = null;
        long declared = -1;
        long count = 0;
        try (InputStream in = input.open(); SafeXml.Reader x = SafeXml.open(in, input.name())) {
            int ev;
            while ((ev = x.nextTag()) != END_DOCUMENT) {
                if (ev != START_ELEMENT) {
                    continue;
                }
                switch (x.name()) {
                    case "Publish_Date" -> published = DateText.parseUs(x.text());
                    case "Record_Count" -> declared = parseCount(x);
                    case "sdnEntry" -> {
                        sink.accept(entry(x, dataset));
                        count++;
                    }
                    default -> { }
                }
            }
        }
        if (count == 0) {
            throw ListParseException.atFile(input.name(), "no sdnEntry elements in the file");
        }
        return new ListMetadata(published, declared, count);
    }

    private static long parseCount(SafeXml.Reader x) throws ListParseException {
        String t = x.text();
        try {
            return t == null ? -1 : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw x.error("Record_Count", "not a number: " + t);
        }
    }

    /** Reads one sdnEntry; the reader is on its start tag and is left on its end tag. */
    private static Entity entry(SafeXml.Reader x, String dataset) throws ListParseException {
        long line = x.line();
        Map<String, String> top = new HashMap<>();
        Entity.Builder b = null;
        // sdn.xsd puts uid, names and type before the lists, so the builder starts at the first list
        int ev;
        while ((ev = x.nextTag()) != END_ELEMENT || !x.name().equals("sdnEntry")) {
            if (ev == END_DOCUMENT) {
                throw x.error("sdnEntry", "file ends inside an entry (truncated?)");
            }
            if (ev != START_ELEMENT) {
                continue;
            }
            String el = x.name();
            switch (el) {
                case "uid", "firstName", "lastName", "title", "sdnType", "remarks" -> top.put(el, x.text());
                case "programList", "idList", "akaList", "addressList", "nationalityList", "citizenshipList",
                        "dateOfBirthList", "placeOfBirthList", "vesselInfo" -> {
                    if (b == null) {
                        b = start(top, dataset, x, line);
                    }
                    readList(el, x, b);
                }
                default -> x.skip();
            }
        }
        if (b == null) {
            b = start(top, dataset, x, line);
        }
        OfacFacts.readRemarks(top.get("remarks"), b);
        b.position(top.get("title"));
        b.sourceUrl(OfacDatasets.entryUrl(top.get("uid")));
        return b.build();
    }

    private static Entity.Builder start(Map<String, String> top, String dataset, SafeXml.Reader x, long line)
            throws ListParseException {
        String uid = top.get("uid");
        if (uid == null) {
            throw x.error("uid", "sdnEntry starting at line " + line + " has no uid");
        }
        String last = top.get("lastName");
        if (last == null) {
            throw x.error("lastName", "sdnEntry " + uid + " has no lastName (OFAC writes every name there)");
        }
        Schema schema = OfacLegacyCsvFormat.schema(top.get("sdnType"));
        Entity.Builder b = Entity.builder(dataset, uid, schema);
        b.name(name(top.get("firstName"), last, NameKind.PRIMARY, schema));
        return b;
    }

    private static Name name(String first, String last, NameKind kind, Schema schema) {
        String full = first == null ? last : (schema == Schema.PERSON ? last + ", " + first : first + " " + last);
        return schema == Schema.PERSON ? new Name(full, kind, first, last, null) : Name.of(full, kind);
    }

    private static void readList(String list, SafeXml.Reader x, Entity.Builder b) throws ListParseException {
        if (list.equals("vesselInfo")) {
            Map<String, String> v = fields(x, list);
            b.property("callSign", v.get("callSign"));
            b.property("type", v.get("vesselType"));
            b.property("flag", v.get("vesselFlag"));
            b.country(v.get("vesselFlag"));
            b.property("ownerName", v.get("vesselOwner"));
            b.property("tonnage", v.get("tonnage"));
            b.property("grossRegisteredTonnage", v.get("grossRegisteredTonnage"));
            return;
        }
        int ev;
        while ((ev = x.nextTag()) != END_ELEMENT || !x.name().equals(list)) {
            if (ev == END_DOCUMENT) {
                throw x.error(list, "file ends inside " + list + " (truncated?)");
            }
            if (ev != START_ELEMENT) {
                continue;
            }
            String item = x.name();
            if (list.equals("programList")) {
                String p = x.text();
                if (p != null) {
                    b.sanction(new Sanction(OfacDatasets.AUTHORITY, p, null, null));
                }
                continue;
            }
            Map<String, String> f = fields(x, item);
            switch (list) {
                case "idList" -> OfacFacts.readId(f.get("idType"), f.get("idNumber"), f.get("idCountry"),
                        f.get("issueDate"), f.get("expirationDate"), b);
                case "akaList" -> {
                    if (f.get("lastName") != null) {
                        NameKind kind = "weak".equalsIgnoreCase(f.get("category")) ? NameKind.WEAK_ALIAS
                                : OfacFacts.aliasKind(f.getOrDefault("type", "a.k.a."));
                        b.name(name(f.get("firstName"), f.get("lastName"), kind, b.schema()));
                    }
                }
                case "addressList" -> {
                    String street = TextParts.join(", ", f.get("address1"), f.get("address2"), f.get("address3"));
                    b.address(Address.of(street, f.get("city"), f.get("stateOrProvince"), f.get("postalCode"), f.get("country")));
                    b.country(f.get("country"));
                }
                case "nationalityList", "citizenshipList" -> b.nationality(f.get("country"));
                case "dateOfBirthList" -> {
                    String d = f.get("dateOfBirth");
                    if (d != null) {
                        OfacFacts.readBirthDate(d, "DOB " + d, b);
                    }
                }
                case "placeOfBirthList" -> b.birthPlace(f.get("placeOfBirth"));
                default -> { }
            }
        }
    }

    /** Reads the simple child elements of the current element into a map. */
    private static Map<String, String> fields(SafeXml.Reader x, String element) throws ListParseException {
        Map<String, String> f = new HashMap<>();
        int ev;
        while ((ev = x.nextTag()) != END_ELEMENT || !x.name().equals(element)) {
            if (ev == END_DOCUMENT) {
                throw x.error(element, "file ends inside " + element + " (truncated?)");
            }
            if (ev == START_ELEMENT) {
                f.put(x.name(), x.text());
            }
        }
        return f;
    }
}
