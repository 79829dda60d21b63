package org.clearance.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.io.TsvResource;

/**
 * The generation each part of a name stands for in a patronymic chain ({@code patronymic-links.tsv}): 0 for
 * the person's own name and for a family name, 1 for the father's name and the link word before it, 2 for
 * the grandfather's, and so on. Names without link words are all generation 0.
 */
public final class PatronymicChain {
    /** Link words as true, connectors as false. */
    private static final Map<String, Boolean> WORDS = new HashMap<>();
    /** The link words by the word every spelling of them reads as. */
    private static final Map<String, String> READS = new HashMap<>();

    static {
        for (String[] row : TsvResource.rows(PatronymicChain.class, "patronymic-links.tsv")) {
            boolean link = row.length == 3 && row[1].equals("link") && !row[2].isEmpty();
            boolean connector = row.length == 3 && row[1].equals("connector") && row[2].isEmpty();
            if (!(link || connector) || WORDS.put(row[0], link) != null) {
                throw new IllegalStateException("patronymic-links.tsv: bad or repeated row " + String.join("|", row));
            }
            if (link) {
                READS.put(row[0], row[2]);
            }
        }
    }

    private PatronymicChain() {}

    /** Whether the part is a link word (bin, ibn, bint, ben). */
    public static boolean isLink(String part) {
        return Boolean.TRUE.equals(WORDS.get(part));
    }

    /** Whether the part is a connector (abd, abu, al): the first half of a name, never a name of its own. */
    public static boolean isConnector(String part) {
        return Boolean.FALSE.equals(WORDS.get(part));
    }

    /**
     * The generation of each part, in order; empty when the name has no link word after its first part (then
     * every part is generation 0). A link's name runs from the word after the link word through the words
     * that a connector (abd, abu, al) joins to it: "bin Abd al Aziz Al Saud" gives abd, al, aziz to the link
     * and leaves the family name Al Saud at 0.
     */
    public static List<Integer> generations(List<String> parts) {
        List<Integer> out = null;
        int generation = 0;
        boolean inLink = false;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (i > 0 && i + 1 < parts.size() && isLink(p)) {
                if (out == null) {
                    out = new ArrayList<>(parts.size());
                    for (int k = 0; k < i; k++) {
                        out.add(0);
                    }
                }
                generation++;
                out.add(generation);
                inLink = true;
                continue;
            }
            // the link's name: the word after the link word, and any word a connector before it joins on
            boolean continues = inLink && (isLink(parts.get(i - 1)) || Boolean.FALSE.equals(WORDS.get(parts.get(i - 1))));
            inLink = continues;
            if (out != null) {
                out.add(continues ? generation : 0);
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    /**
     * The endings of East Slavic patronymics as Latin text writes them (BGN/PCGN and ISO 9 romanisations of Russian,
     * Ukrainian and Belarusian, which is how a Cyrillic part is compared too): -ovich, -evich, -ovna, -evna, -ichna of
     * Russian and Belarusian, -ovych, -evych, -ivna of Ukrainian; after the Wikipedia article "Eastern Slavic naming
     * customs" and the grammars it cites. Not a bare -ich: Serbian and Croatian family names end so (Petrovich as
     * Petrović is a family name too, but it then stands last, where no part is taken for a patronymic).
     */
    private static final List<String> PATRONYMIC_ENDINGS = List.of("ovich", "evich", "ovych", "evych", "ovna", "evna",
            "ivna", "ichna", "ychna");

    /**
     * Whether the part is by its form an East Slavic patronymic (Petrovich, Sergeyevna), which a name carries without
     * a link word between the given and the family name.
     */
    public static boolean isPatronymic(String part) {
        for (String ending : PATRONYMIC_ENDINGS) {
            if (part.length() > ending.length() + 1 && part.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The word a link word reads as however it is spelt (bin for ibn and ben), or null when it is none. */
    public static String linkReading(String part) {
        return READS.get(part);
    }
}
