package org.clearance.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.clearance.io.TsvResource;

/**
 * Given names and their short forms (Bill and William, Ted and Theodore), from {@code short-forms.tsv} with its
 * source and licence. A short form is no spelling of the name: the caller weighs the two as a weaker pair than one
 * name written alike.
 */
public final class ShortForms {
    private static final Map<String, Set<String>> RELATED = load();

    private ShortForms() {}

    /**
     * The names a given name is a short form of, and the short forms of it (William: bill, will, billy...; Bill:
     * william), as comparable parts; empty for a part the table does not know.
     */
    public static Set<String> related(String part) {
        return RELATED.getOrDefault(part, Set.of());
    }

    /**
     * Whether a short form of the table is taken: not an initial's run (K.C.) or a word of two letters, which stands
     * for too many names (Al for Albert, Alfred, Alexander), and no patronymic link or article (Ben is also "son of",
     * Al the article).
     */
    private static boolean usable(String form) {
        return form.length() >= MIN_SHORT_FORM && form.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && !PatronymicChain.isLink(form) && !PatronymicChain.isConnector(form);
    }

    /** Short forms shorter than this are left out (see {@link #usable}). */
    static final int MIN_SHORT_FORM = 3;

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] row : TsvResource.rows(ShortForms.class, "short-forms.tsv")) {
            String name = row[0];
            for (String form : row[1].split(",")) {
                if (usable(form) && !form.equals(name)) {
                    out.computeIfAbsent(name, k -> new HashSet<>()).add(form);
                    out.computeIfAbsent(form, k -> new HashSet<>()).add(name);
                }
            }
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
}
