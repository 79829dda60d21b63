package org.clearance.cases;

import java.util.Arrays;
import java.util.Locale;

/** The cases' enums are stored and shown by their lower-case names: the one rule, and reading them back. */
final class WireNames {
    private WireNames() {}

    static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param kind   what one value is, for the message ("status")
     * @param plural what the values are ("statuses")
     * @throws IllegalArgumentException listing the values when {@code s} is none of them
     */
    static <E extends Enum<E>> E parse(E[] values, String s, String kind, String plural) {
        for (E x : values) {
            if (of(x).equals(s)) {
                return x;
            }
        }
        throw new IllegalArgumentException("unknown " + kind + " '" + s + "'; " + plural + ": "
                + String.join(", ", Arrays.stream(values).map(WireNames::of).toList()));
    }
}
