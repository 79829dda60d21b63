package org.clearance.names;

import java.util.HashSet;
import java.util.Set;
import org.clearance.io.TsvResource;
import org.clearance.names.abjad.AbjadLetters;

/** Titles and honorifics in front of person names, read from {@code titles.tsv} with its sources. */
public final class Titles {
    private static final Set<String> TITLES = load();

    private Titles() {}

    /**
     * Whether a name part is a title such as "mr" or "sheikh": a comparable part (lower-case ASCII), or the letters
     * of a word in Arabic script or Hebrew as {@link AbjadLetters#of} gives them.
     */
    public static boolean isTitle(String part) {
        return TITLES.contains(part);
    }

    private static Set<String> load() {
        Set<String> s = new HashSet<>();
        for (String[] row : TsvResource.rows(Titles.class, "titles.tsv")) {
            String title = row[0];
            boolean ascii = title.chars().allMatch(c -> c < 128);
            String folded = ascii ? title : AbjadLetters.of(title);
            if (folded.isEmpty()) {
                throw new IllegalStateException("titles.tsv: not a title as names are compared: " + title);
            }
            s.add(folded);
        }
        return Set.copyOf(s);
    }
}
