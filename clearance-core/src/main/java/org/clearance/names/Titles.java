package org.clearance.names;

import java.util.HashSet;
import java.util.Set;
import org.clearance.io.TsvResource;

/** Titles and honorifics in front of person names, read from {@code titles.tsv} with its sources. */
public final class Titles {
    private static final Set<String> TITLES = load();

    private Titles() {}

    /** Whether a comparable name part (lower-case ASCII) is a title such as "mr" or "sheikh". */
    public static boolean isTitle(String part) {
        return TITLES.contains(part);
    }

    private static Set<String> load() {
        Set<String> s = new HashSet<>();
        for (String[] row : TsvResource.rows(Titles.class, "titles.tsv")) {
            s.add(row[0]);
        }
        return Set.copyOf(s);
    }
}
