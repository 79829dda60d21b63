package org.clearance.lists.un;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.clearance.io.ListParseException;
import org.clearance.io.SafeXml;

/**
 * Reads one {@code INDIVIDUAL} or {@code ENTITY} element into a {@link UnRecord}. StAX cannot tell a
 * text element from a container before reading it, so the containers of the published schema
 * (https://www.un.org/sc/resources/sc-sanctions.xsd) are named here; every other child is read as text.
 */
final class UnRecordReader {
    /** Children that hold a list of {@code VALUE} elements. */
    private static final Set<String> VALUE_LISTS =
            Set.of("TITLE", "DESIGNATION", "NATIONALITY", "LIST_TYPE", "LAST_DAY_UPDATED");

    /** Children that hold sub-fields (alias, address, birth date and place, document). */
    private static final Set<String> GROUPS = Set.of("INDIVIDUAL_ALIAS", "ENTITY_ALIAS", "INDIVIDUAL_ADDRESS",
            "ENTITY_ADDRESS", "INDIVIDUAL_DATE_OF_BIRTH", "INDIVIDUAL_PLACE_OF_BIRTH", "INDIVIDUAL_DOCUMENT");

    /**
     * Line breaks and indentation inside values come from the XML's pretty-printing ("National
     * Identification\n    Number"), not from the data, so any run of white space (no-break spaces too)
     * becomes one space.
     */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private final SafeXml.Reader xml;

    UnRecordReader(SafeXml.Reader xml) {
        this.xml = xml;
    }

    /** Reads the element the reader stands on (its start tag) and leaves the reader on its end tag. */
    UnRecord read() throws ListParseException {
        String kind = xml.name();
        long line = xml.line();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        while (nextChild(kind)) {
            String tag = xml.name();
            if (VALUE_LISTS.contains(tag)) {
                values.computeIfAbsent(tag, k -> new ArrayList<>()).addAll(readValues(tag));
            } else if (GROUPS.contains(tag)) {
                groups.computeIfAbsent(tag, k -> new ArrayList<>()).add(readGroup(tag));
            } else {
                putText(fields, tag, clean(xml.text()));
            }
        }
        return new UnRecord(kind, line, fields, values, groups);
    }

    private List<String> readValues(String parent) throws ListParseException {
        List<String> out = new ArrayList<>();
        while (nextChild(parent)) {
            String v = clean(xml.text());
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private Map<String, String> readGroup(String parent) throws ListParseException {
        Map<String, String> out = new LinkedHashMap<>();
        while (nextChild(parent)) {
            putText(out, xml.name(), clean(xml.text()));
        }
        return out;
    }

    /**
     * Moves to the next child of {@code parent}: true on its start tag, false on the parent's end tag.
     * A file that ends first is truncated.
     */
    private boolean nextChild(String parent) throws ListParseException {
        return nextChild(xml, parent);
    }

    static boolean nextChild(SafeXml.Reader xml, String parent) throws ListParseException {
        int ev = xml.nextTag();
        if (ev == XMLStreamConstants.END_DOCUMENT) {
            throw xml.error(parent, "the file ends inside this element (truncated?)");
        }
        return ev == XMLStreamConstants.START_ELEMENT;
    }

    /** A field given twice in one element is kept whole rather than overwritten. */
    private static void putText(Map<String, String> map, String tag, String text) {
        if (text != null) {
            map.merge(tag, text, (a, b) -> a + "; " + b);
        }
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }
}
