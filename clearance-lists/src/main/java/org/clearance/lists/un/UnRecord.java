package org.clearance.lists.un;

import java.util.List;
import java.util.Map;

/**
 * One {@code INDIVIDUAL} or {@code ENTITY} element of the UN consolidated list as read, before it is
 * interpreted. Values have their whitespace collapsed; empty elements are absent.
 *
 * @param kind   {@code INDIVIDUAL} or {@code ENTITY}
 * @param line   line of the element's start tag, for error messages
 * @param fields single-text children by tag ({@code DATAID}, {@code FIRST_NAME}, {@code COMMENTS1}, ...)
 * @param values children that hold {@code VALUE} lists ({@code NATIONALITY}, {@code DESIGNATION}, ...) by tag
 * @param groups children that hold sub-fields ({@code INDIVIDUAL_ALIAS}, {@code INDIVIDUAL_DOCUMENT}, ...) by
 *               tag, one map of sub-field to text per occurrence, in file order
 */
record UnRecord(String kind, long line, Map<String, String> fields, Map<String, List<String>> values,
        Map<String, List<Map<String, String>>> groups) {

    UnRecord {
        fields = Map.copyOf(fields);
        values = Map.copyOf(values);
        groups = Map.copyOf(groups);
    }

    String field(String tag) {
        return fields.get(tag);
    }

    List<String> values(String tag) {
        return values.getOrDefault(tag, List.of());
    }

    List<Map<String, String>> groups(String tag) {
        return groups.getOrDefault(tag, List.of());
    }
}
