package org.clearance.lists.uk;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The columns of the OFSI Consolidated List CSV (2022 format, {@code ConList.csv}) by header name. */
enum OfsiColumn {
    NAME_6("Name 6"),
    NAME_1("Name 1"),
    NAME_2("Name 2"),
    NAME_3("Name 3"),
    NAME_4("Name 4"),
    NAME_5("Name 5"),
    TITLE("Title"),
    NAME_NON_LATIN_SCRIPT("Name Non-Latin Script"),
    NON_LATIN_SCRIPT_LANGUAGE("Non-Latin Script Language"),
    DOB("DOB"),
    TOWN_OF_BIRTH("Town of Birth"),
    COUNTRY_OF_BIRTH("Country of Birth"),
    NATIONALITY("Nationality"),
    PASSPORT_NUMBER("Passport Number"),
    PASSPORT_DETAILS("Passport Details"),
    NATIONAL_IDENTIFICATION_NUMBER("National Identification Number"),
    NATIONAL_IDENTIFICATION_DETAILS("National Identification Details"),
    POSITION("Position"),
    ADDRESS_1("Address 1"),
    ADDRESS_2("Address 2"),
    ADDRESS_3("Address 3"),
    ADDRESS_4("Address 4"),
    ADDRESS_5("Address 5"),
    ADDRESS_6("Address 6"),
    POST_ZIP_CODE("Post/Zip Code"),
    COUNTRY("Country"),
    OTHER_INFORMATION("Other Information"),
    GROUP_TYPE("Group Type"),
    ALIAS_TYPE("Alias Type"),
    ALIAS_QUALITY("Alias Quality"),
    REGIME("Regime"),
    LISTED_ON("Listed On"),
    DATE_DESIGNATED("UK Sanctions List Date Designated"),
    GROUP_ID("Group ID");

    /** Without these a file is no OFSI list: the group id and the name. */
    static final OfsiColumn[] REQUIRED = {NAME_6, GROUP_ID};

    static final OfsiColumn[] GIVEN_NAMES = {NAME_1, NAME_2, NAME_3, NAME_4, NAME_5};

    static final OfsiColumn[] ADDRESS_LINES = {ADDRESS_1, ADDRESS_2, ADDRESS_3, ADDRESS_4, ADDRESS_5, ADDRESS_6};

    final String header;

    OfsiColumn(String header) {
        this.header = header;
    }

    /** Where each column sits in one file, resolved once from its header row (names compared without case). */
    static final class Layout {
        private final int[] index = new int[values().length];
        private final int width;

        Layout(CSVRecord header) {
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                byName.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            for (OfsiColumn c : values()) {
                index[c.ordinal()] = byName.getOrDefault(c.header.toLowerCase(Locale.ROOT), -1);
            }
            width = header.size();
        }

        boolean has(OfsiColumn c) {
            return index[c.ordinal()] >= 0;
        }

        int width() {
            return width;
        }

        /** The stripped value, or null when the column is absent or the cell empty. */
        String get(CSVRecord record, OfsiColumn c) {
            int i = index[c.ordinal()];
            if (i < 0 || i >= record.size()) {
                return null;
            }
            String v = record.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        String[] get(CSVRecord record, OfsiColumn[] columns) {
            String[] out = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                out[i] = get(record, columns[i]);
            }
            return out;
        }
    }
}
