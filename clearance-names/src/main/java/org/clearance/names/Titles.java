package org.clearance.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    /**
     * The parts of a person's name with a run of single letters that spells a title joined into that title: "H.R.H."
     * reaches here as h, r, h, three initials that would each weigh as a name's. Only a whole run of at least
     * {@value #MIN_JOINED_LETTERS}, so that initials of a name are never cut short ("J. R. R. Tolkien" stays) nor two read
     * as a title ("M. R. Radha" is no Mr Radha).
     */
    public static List<String> joinLetters(List<String> parts) {
        List<String> out = null;
        for (int i = 0; i < parts.size(); ) {
            int end = i;
            while (end < parts.size() && parts.get(end).length() == 1) {
                end++;
            }
            String run = end - i >= MIN_JOINED_LETTERS ? String.join("", parts.subList(i, end)) : null;
            if (run != null && TITLES.contains(run)) {
                if (out == null) {
                    out = new ArrayList<>(parts.subList(0, i));
                }
                out.add(run);
            } else if (out != null) {
                out.addAll(parts.subList(i, Math.max(end, i + 1)));
            }
            i = Math.max(end, i + 1);
        }
        return out == null ? parts : List.copyOf(out);
    }

    /** The fewest letters written apart that are joined into a title. */
    private static final int MIN_JOINED_LETTERS = 3;

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
