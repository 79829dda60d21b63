package org.clearance.names.korean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clearance.io.TsvResource;

/** The Latin and Cyrillic spellings of every modern jamo ({@code jamo.tsv}), one entry per initial, medial and final. */
final class JamoTable {
    private static final String NOT_APPLICABLE = "-";

    /**
     * How one jamo is written.
     *
     * @param rr       Revised Romanization (for a final: at the end of a word or before a consonant)
     * @param mr       McCune–Reischauer without diacritics (for an initial: word-initial or after a voiceless sound)
     * @param mrVoiced McCune–Reischauer between voiced sounds, or null when it is written as {@code mr}
     * @param dprk     the DPRK list spelling of an initial (null for medials and finals: they follow {@code mr})
     * @param variants other common spellings, most usual first
     * @param liaison  for a final, the initial index whose spelling it takes before a silent ㅇ; -1 when none
     * @param cyrillic its spellings in Cyrillic, Kontsevich's first; the silent ㅇ has one, the empty spelling
     */
    record Jamo(String rr, String mr, String mrVoiced, String dprk, List<String> variants, int liaison,
            List<String> cyrillic) {}

    private final List<Jamo> initials;
    private final List<Jamo> medials;
    private final List<Jamo> finals;

    private JamoTable(List<Jamo> initials, List<Jamo> medials, List<Jamo> finals) {
        this.initials = List.copyOf(initials);
        this.medials = List.copyOf(medials);
        this.finals = List.copyOf(finals);
    }

    static JamoTable load() {
        Jamo[] initials = new Jamo[Syllable.INITIALS.length()];
        Jamo[] medials = new Jamo[Syllable.MEDIALS.length()];
        Jamo[] finals = new Jamo[Syllable.FINALS.length()];
        for (String[] row : TsvResource.rows(JamoTable.class, "jamo.tsv")) {
            char jamo = row[1].charAt(0);
            Jamo entry = new Jamo(row[2], row[3], optional(row[4]), optional(row[5]), variants(row[6]),
                    optional(row[7]) == null ? -1 : Syllable.initialIndex(row[7].charAt(0)),
                    row[8].isEmpty() ? List.of("") : variants(row[8]));
            switch (row[0]) {
                case "initial" -> put(initials, Syllable.initialIndex(jamo), entry, row);
                case "medial" -> put(medials, Syllable.medialIndex(jamo), entry, row);
                case "final" -> put(finals, Syllable.finalIndex(jamo) - 1, entry, row);
                default -> throw new IllegalStateException("jamo.tsv: unknown position " + row[0]);
            }
        }
        for (Jamo[] position : List.of(initials, medials, finals)) {
            if (Arrays.asList(position).contains(null)) {
                throw new IllegalStateException("jamo.tsv lacks a jamo: " + Arrays.toString(position));
            }
        }
        return new JamoTable(List.of(initials), List.of(medials), List.of(finals));
    }

    Jamo initial(int index) {
        return initials.get(index);
    }

    Jamo medial(int index) {
        return medials.get(index);
    }

    /** The final consonant of a syllable, {@code fin} being {@link Syllable#fin()} (1-based, not 0). */
    Jamo fin(int fin) {
        return finals.get(fin - 1);
    }

    private static void put(Jamo[] position, int index, Jamo entry, String[] row) {
        if (position[index] != null) {
            throw new IllegalStateException("jamo.tsv: " + row[0] + " " + row[1] + " twice");
        }
        position[index] = entry;
    }

    private static String optional(String cell) {
        return NOT_APPLICABLE.equals(cell) ? null : cell;
    }

    private static List<String> variants(String cell) {
        List<String> variants = new ArrayList<>();
        for (String v : cell.split(",")) {
            if (!v.isBlank()) {
                variants.add(v.strip());
            }
        }
        return List.copyOf(variants);
    }
}
