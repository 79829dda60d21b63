package org.clearance.lists.ca;

import java.util.Map;

/**
 * One {@code record} element of the Canadian list as read: its child elements by name, whitespace
 * collapsed, empty ones absent.
 *
 * @param line   line of the record's start tag, for error messages
 * @param fields child element text by element name
 */
record CaRecord(long line, Map<String, String> fields) {
    CaRecord {
        fields = Map.copyOf(fields);
    }

    String get(String name) {
        return fields.get(name);
    }
}
