package org.clearance.lists.ofac;

import java.util.ArrayList;
import java.util.List;
import org.clearance.io.ListParseException;
import org.clearance.io.SafeXml;

/**
 * Reads one {@code entity} element of an OFAC Enhanced XML file into an {@link EnhancedRecord}.
 * Elements this reader does not know (such as {@code nameParts}, whose values the formatted names
 * already join, or {@code versionId}) are skipped whole, so that a later schema version that adds
 * elements still reads.
 */
final class EnhancedEntityReader {
    private final SafeXml.Reader x;

    EnhancedEntityReader(SafeXml.Reader x) {
        this.x = x;
    }

    /** Reads the entity the reader stands on (its start tag) up to its end tag. */
    EnhancedRecord read() throws ListParseException {
        EnhancedRecord r = new EnhancedRecord();
        r.id = x.attribute("id");
        r.line = x.line();
        EnhancedXml.children(x, child -> {
            switch (child) {
                case "generalInfo" -> EnhancedXml.children(x, c -> {
                    switch (c) {
                        case "entityType" -> r.entityType = EnhancedXml.ref(x, "refId");
                        case "remarks" -> add(r.remarks, x.text());
                        default -> x.skip();
                    }
                });
                case "sanctionsLists" -> each("sanctionsList", () -> {
                    String published = x.attribute("datePublished"); // read before text() leaves the start tag
                    r.lists.add(new EnhancedRecord.ListEntry(x.text(), published));
                });
                case "sanctionsPrograms" -> each("sanctionsProgram", () -> add(r.programs, x.text()));
                case "sanctionsTypes" -> each("sanctionsType", () -> add(r.sanctionsTypes, x.text()));
                case "legalAuthorities" -> each("legalAuthority", () -> add(r.legalAuthorities, x.text()));
                case "names" -> each("name", () -> r.names.add(name()));
                case "features" -> each("feature", () -> r.features.add(feature()));
                case "identityDocuments" -> each("identityDocument", () -> r.documents.add(document()));
                case "addresses" -> each("address", () -> r.addresses.add(address()));
                case "relationships" -> each("relationship", () -> {
                    EnhancedRecord.Relationship rel = relationship();
                    if (rel != null) {
                        r.relationships.add(rel);
                    }
                });
                default -> x.skip();
            }
        });
        return r;
    }

    @FunctionalInterface
    private interface Item {
        void read() throws ListParseException;
    }

    /** Calls {@code item} for each child named {@code element}; skips other children. */
    private void each(String element, Item item) throws ListParseException {
        EnhancedXml.children(x, c -> {
            if (c.equals(element)) {
                item.read();
            } else {
                x.skip();
            }
        });
    }

    private EnhancedRecord.NameEntry name() throws ListParseException {
        boolean[] flags = new boolean[2]; // isPrimary, isLowQuality
        EnhancedRecord.Ref[] aliasType = new EnhancedRecord.Ref[1];
        List<EnhancedRecord.Translation> translations = new ArrayList<>();
        EnhancedXml.children(x, c -> {
            switch (c) {
                case "isPrimary" -> flags[0] = EnhancedXml.bool(x);
                case "isLowQuality" -> flags[1] = EnhancedXml.bool(x);
                case "aliasType" -> aliasType[0] = EnhancedXml.ref(x, "refId");
                case "translations" -> each("translation", () -> translations.add(translation()));
                default -> x.skip();
            }
        });
        return new EnhancedRecord.NameEntry(flags[0], aliasType[0], flags[1], translations);
    }

    private EnhancedRecord.Translation translation() throws ListParseException {
        boolean[] primary = new boolean[1];
        EnhancedRecord.Ref[] script = new EnhancedRecord.Ref[1];
        String[] parts = new String[3]; // full, first, last
        EnhancedXml.children(x, c -> {
            switch (c) {
                case "isPrimary" -> primary[0] = EnhancedXml.bool(x);
                case "script" -> script[0] = EnhancedXml.ref(x, "refId");
                case "formattedFullName" -> parts[0] = x.text();
                case "formattedFirstName" -> parts[1] = x.text();
                case "formattedLastName" -> parts[2] = x.text();
                default -> x.skip();
            }
        });
        return new EnhancedRecord.Translation(primary[0], script[0], parts[0], parts[1], parts[2]);
    }

    private EnhancedRecord.Feature feature() throws ListParseException {
        EnhancedRecord.Ref[] type = new EnhancedRecord.Ref[1];
        String[] s = new String[5]; // value, valueRefId, dateBegin, dateEnd, comments
        boolean[] flags = new boolean[2]; // approximate, range
        EnhancedXml.children(x, c -> {
            switch (c) {
                case "type" -> type[0] = EnhancedXml.ref(x, "featureTypeId");
                case "value" -> s[0] = x.text();
                case "valueRefId" -> s[1] = x.text();
                case "comments" -> s[4] = x.text();
                case "valueDate" -> EnhancedXml.children(x, d -> {
                    switch (d) {
                        case "fromDateBegin" -> s[2] = x.text();
                        case "toDateEnd" -> s[3] = x.text();
                        case "isApproximate" -> flags[0] = EnhancedXml.bool(x);
                        case "isDateRange" -> flags[1] = EnhancedXml.bool(x);
                        default -> x.skip();
                    }
                });
                default -> x.skip();
            }
        });
        return new EnhancedRecord.Feature(type[0], s[0], s[1], s[2], s[3], flags[0], flags[1], s[4]);
    }

    private EnhancedRecord.Document document() throws ListParseException {
        EnhancedRecord.Ref[] refs = new EnhancedRecord.Ref[2]; // type, country
        String[] s = new String[3]; // number, authority, location
        boolean[] valid = {true};
        EnhancedXml.children(x, c -> {
            switch (c) {
                case "type" -> refs[0] = EnhancedXml.ref(x, "refId");
                case "issuingCountry" -> refs[1] = EnhancedXml.ref(x, "refId");
                case "documentNumber" -> s[0] = x.text();
                case "issuingAuthority" -> s[1] = x.text();
                case "issuingLocation" -> s[2] = x.text();
                case "isValid" -> valid[0] = EnhancedXml.bool(x);
                default -> x.skip();
            }
        });
        return new EnhancedRecord.Document(refs[0], s[0], refs[1], s[1], s[2], valid[0]);
    }

    private EnhancedRecord.AddressEntry address() throws ListParseException {
        EnhancedRecord.Ref[] country = new EnhancedRecord.Ref[1];
        List<EnhancedRecord.AddressVersion> versions = new ArrayList<>();
        EnhancedXml.children(x, c -> {
            switch (c) {
                case "country" -> country[0] = EnhancedXml.ref(x, "refId");
                case "translations" -> each("translation", () -> versions.add(addressVersion()));
                default -> x.skip();
            }
        });
        return new EnhancedRecord.AddressEntry(country[0], versions);
    }

    private EnhancedRecord.AddressVersion addressVersion() throws ListParseException {
        List<EnhancedRecord.Ref> types = new ArrayList<>();
        List<String> values = new ArrayList<>();
        EnhancedXml.children(x, c -> {
            if (c.equals("addressParts")) {
                each("addressPart", () -> {
                    EnhancedRecord.Ref[] type = new EnhancedRecord.Ref[1];
                    String[] value = new String[1];
                    EnhancedXml.children(x, p -> {
                        switch (p) {
                            case "type" -> type[0] = EnhancedXml.ref(x, "refId");
                            case "value" -> value[0] = x.text();
                            default -> x.skip();
                        }
                    });
                    if (value[0] != null) {
                        types.add(type[0]);
                        values.add(value[0]);
                    }
                });
            } else {
                x.skip();
            }
        });
        return new EnhancedRecord.AddressVersion(types, values);
    }

    private EnhancedRecord.Relationship relationship() throws ListParseException {
        EnhancedRecord.Ref[] type = new EnhancedRecord.Ref[1];
        String[] related = new String[2]; // entityId, name
        EnhancedXml.children(x, c -> {
            switch (c) {
                case "type" -> type[0] = EnhancedXml.ref(x, "refId");
                case "relatedEntity" -> {
                    related[0] = x.attribute("entityId");
                    related[1] = x.text();
                }
                default -> x.skip();
            }
        });
        return related[0] == null && related[1] == null ? null
                : new EnhancedRecord.Relationship(type[0], related[0], related[1]);
    }

    private static void add(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }
}
