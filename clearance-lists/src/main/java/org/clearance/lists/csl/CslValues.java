package org.clearance.lists.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.model.Address;

/** How the CSL writes several values in one text: separated by ";", as in "A; B; and C". */
final class CslValues {
    private static final Pattern SEPARATOR = Pattern.compile(";");

    /** The last item of a list of several reads "and C": the "and" is grammar, not part of the value. */
    private static final Pattern LIST_AND = Pattern.compile("^(?i:and)\\s+");

    /** An address that ends in a two-letter code ends in its country: "Miami, FL, 33130, US". */
    private static final Pattern TRAILING_COUNTRY = Pattern.compile("(?:.*,\\s*)?([A-Z]{2})");

    private CslValues() {}

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String v : SEPARATOR.split(text)) {
            String s = v.strip();
            if (!out.isEmpty()) {
                s = LIST_AND.matcher(s).replaceFirst("");
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** An address given as one line; only a trailing country code can be told apart safely. */
    static Address address(String full) {
        Matcher m = TRAILING_COUNTRY.matcher(full);
        return new Address(full, null, null, null, null, m.matches() ? m.group(1) : null);
    }
}
