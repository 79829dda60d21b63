package org.clearance.names.korean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.io.TsvResource;

/** The family names of {@code surnames.tsv}: their usual Latin spellings, and when a compound one is read as such. */
final class SurnameTable {
    /** A family name's row: its spellings, most usual first, and the shortest space-free word it heads. */
    record Surname(String hangul, String rr, int minWord, List<String> spellings) {}

    private final Map<String, Surname> byHangul;

    private SurnameTable(Map<String, Surname> byHangul) {
        this.byHangul = Map.copyOf(byHangul);
    }

    static SurnameTable load() {
        Map<String, Surname> byHangul = new HashMap<>();
        for (String[] row : TsvResource.rows(SurnameTable.class, "surnames.tsv")) {
            Surname surname = new Surname(row[0], row[1], Integer.parseInt(row[2]), List.of(row[3].split(",")));
            if (byHangul.put(surname.hangul(), surname) != null) {
                throw new IllegalStateException("surnames.tsv: " + surname.hangul() + " twice");
            }
        }
        return new SurnameTable(byHangul);
    }

    /** The usual spellings of a family name written in Hangul, empty when the table does not know it. */
    List<String> spellings(String hangul) {
        Surname surname = byHangul.get(hangul);
        return surname == null ? List.of() : surname.spellings();
    }

    /**
     * Whether the first two syllables of a space-free word of {@code syllables} syllables are a compound family
     * name (남궁민), rather than a one-syllable family name and the start of the given name (황보라 is 황 + 보라).
     */
    boolean headsAsCompound(String firstTwo, int syllables) {
        Surname surname = byHangul.get(firstTwo);
        return surname != null && syllables >= surname.minWord();
    }

    List<Surname> all() {
        return List.copyOf(byHangul.values());
    }
}
