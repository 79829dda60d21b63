package org.clearance.names.chinese;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.io.TsvResource;

/**
 * The Cantonese spellings of Han characters: each character's readings from Unihan ({@code cantonese-readings.tsv},
 * Jyutping) spelt as the Hong Kong government's romanisation writes names ({@code jyutping-hk.tsv}): 嘉 gaa as ka or
 * kah, 誠 sing as sing or shing, 張 zoeng as cheung or tseung.
 */
final class CantoneseTable {
    /** Longest Jyutping initial (gw, kw, ng). */
    private static final int MAX_INITIAL = 2;

    private final Map<String, Set<String>> byCharacter;

    private CantoneseTable(Map<String, Set<String>> byCharacter) {
        this.byCharacter = Map.copyOf(byCharacter);
    }

    static CantoneseTable load() {
        Map<String, List<String>> initials = new HashMap<>();
        Map<String, List<String>> finals = new HashMap<>();
        for (String[] row : TsvResource.rows(CantoneseTable.class, "jyutping-hk.tsv")) {
            (row[0].equals("initial") ? initials : finals).put(row[1], List.of(row[2].split(",", -1)));
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] row : TsvResource.rows(CantoneseTable.class, "cantonese-readings.tsv")) {
            Set<String> spellings = new LinkedHashSet<>();
            for (String jyutping : row[1].split(",")) {
                spellings.addAll(spell(jyutping, initials, finals));
            }
            spellings.remove("");
            out.put(row[0], Set.copyOf(spellings));
        }
        return new CantoneseTable(out);
    }

    /** Every spelling of one Jyutping syllable: its longest known initial, then its final, each spelt every way. */
    private static List<String> spell(String jyutping, Map<String, List<String>> initials, Map<String, List<String>> finals) {
        for (int n = Math.min(MAX_INITIAL, jyutping.length()); n >= 0; n--) {
            List<String> initial = initials.get(jyutping.substring(0, n));
            List<String> fin = finals.get(jyutping.substring(n));
            if (initial != null && fin != null) {
                List<String> out = new ArrayList<>(initial.size() * fin.size());
                for (String i : initial) {
                    for (String f : fin) {
                        out.add(i + f);
                    }
                }
                return out;
            }
        }
        throw new IllegalStateException("cantonese-readings.tsv: no spelling in jyutping-hk.tsv for the syllable " + jyutping);
    }

    /** The spellings of one character (traditional or simplified); empty when Unihan gives it no Cantonese reading. */
    Set<String> spellings(String character) {
        return byCharacter.getOrDefault(character, Set.of());
    }
}
