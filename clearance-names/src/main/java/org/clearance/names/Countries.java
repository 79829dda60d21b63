package org.clearance.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.clearance.io.TsvResource;

/**
 * Country names and codes as lists write them ("China", "CN", "CHN", "Russian Federation", "Burma")
 * to ISO 3166-1 alpha-2 codes, so that a query's country can be compared with a list entry's. The
 * names come from the JDK's English locale data; {@code country-aliases.tsv} adds the spellings
 * lists use that the JDK does not know.
 */
public final class Countries {
    private static final Map<String, String> CODES = load();
    /**
     * Country texts other than two-letter codes whose codes were looked up ("" for none), at most this many: the lists
     * name a few hundred countries over their 20,000 entries, and tokenising the same names again for each entry
     * prepared for screening was a twentieth of that preparation.
     */
    private static final int MAX_REMEMBERED = 10_000;
    private static final Memo<String, String> BY_TEXT = new Memo<>(MAX_REMEMBERED, text -> CODES.getOrDefault(key(text), ""));

    private Countries() {}

    /** The ISO alpha-2 code of a country name or code, or null when it is not a country this knows. */
    public static String code(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 2 && isAsciiLetter(text.charAt(0)) && isAsciiLetter(text.charAt(1))) {
            // a code as most queries and lists give it, looked up without tokenising (its key is its lower case)
            return CODES.get(text.toLowerCase(Locale.ROOT));
        }
        String code = BY_TEXT.get(text);
        return code.isEmpty() ? null : code;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String key(String text) {
        return String.join(" ", NameText.tokens(text));
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            m.put(key(iso2), iso2);
            m.put(key(l.getISO3Country()), iso2);
            m.put(key(l.getDisplayCountry(Locale.ENGLISH)), iso2);
        }
        for (String[] row : TsvResource.rows(Countries.class, "country-aliases.tsv")) {
            m.put(key(row[0]), row[1]);
        }
        return Map.copyOf(m);
    }
}
