package org.clearance.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clearance.io.TsvResource;

/**
 * A Belarusian family name or patronymic in Latin letters with the Russian ending of the same name
 * ({@code belarusian-endings.tsv}, with its sources): Novikau is Novikov, Lukashenka Lukashenko, Tsikhanouskaya
 * Tikhanovskaya but for her stem's letters. The caller compares the part in both spellings.
 */
public final class BelarusianEndings {
    /** Letters a word keeps before the ending: a shorter word is no family name with that ending (Ava, Beau). */
    static final int MIN_STEM = 3;

    private record Ending(String belarusian, String russian) {}

    /** Longest first, so that -ouskaya is taken before -ava and -au. */
    private static final List<Ending> ENDINGS = load();

    private BelarusianEndings() {}

    /**
     * The part with the Russian ending for its Belarusian one ("novikau" gives "novikov"); null when it has no
     * Belarusian ending, or too few letters before it.
     *
     * @param part a lower-case Latin part of a person's name
     */
    public static String russianForm(String part) {
        if (part == null) {
            return null;
        }
        for (Ending e : ENDINGS) {
            if (part.length() >= e.belarusian().length() + MIN_STEM && part.endsWith(e.belarusian())) {
                return part.substring(0, part.length() - e.belarusian().length()) + e.russian();
            }
        }
        return null;
    }

    private static List<Ending> load() {
        List<Ending> out = new ArrayList<>();
        for (String[] row : TsvResource.rows(BelarusianEndings.class, "belarusian-endings.tsv")) {
            out.add(new Ending(row[0].strip(), row[1].strip()));
        }
        out.sort(Comparator.comparingInt((Ending e) -> e.belarusian().length()).reversed());
        return List.copyOf(out);
    }
}
