package org.clearance.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The top-level fields of two JSON objects whose values differ, including those only one has. */
final class ChangedFields {
    private ChangedFields() {}

    static List<String> between(JsonNode before, JsonNode after) {
        TreeSet<String> names = new TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(f -> !Objects.equals(before.get(f), after.get(f))).toList();
    }
}
