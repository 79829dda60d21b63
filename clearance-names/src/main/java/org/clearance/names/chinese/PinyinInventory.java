package org.clearance.names.chinese;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.io.TsvResource;

/** The set of toneless Mandarin pinyin syllables ({@code pinyin-syllables.txt}), ü folded to u. */
final class PinyinInventory {
    /** Longest syllable (zhuang, chuang, shuang): bounds the segmenter's look-ahead. */
    static final int MAX_LENGTH = 6;

    private final Set<String> syllables;

    private PinyinInventory(Set<String> syllables) {
        this.syllables = Set.copyOf(syllables);
    }

    static PinyinInventory load() {
        Set<String> set = new HashSet<>();
        for (String[] row : TsvResource.rows(PinyinInventory.class, "pinyin-syllables.txt")) {
            set.add(fold(row[0].strip()));
        }
        return new PinyinInventory(set);
    }

    /**
     * All syllable spellings: pinyin itself at no cost, then each romanisation's spellings, each
     * spelling's readings cheapest first and without repeats.
     */
    Map<String, List<RomanisationTable.Reading>> unitsWith(List<RomanisationTable> romanisations) {
        Map<String, List<RomanisationTable.Reading>> units = new HashMap<>();
        for (String s : syllables) {
            units.put(s, new ArrayList<>(List.of(new RomanisationTable.Reading(s, Costs.PINYIN))));
        }
        for (RomanisationTable table : romanisations) {
            table.forEach((spelling, readings) -> {
                List<RomanisationTable.Reading> list = units.computeIfAbsent(spelling, k -> new ArrayList<>());
                for (RomanisationTable.Reading r : readings) {
                    if (list.stream().noneMatch(x -> x.pinyin().equals(r.pinyin()))) {
                        list.add(r);
                    }
                }
            });
        }
        Map<String, List<RomanisationTable.Reading>> out = new HashMap<>();
        units.forEach((k, v) -> out.put(k,
                v.stream().sorted(Comparator.comparingDouble(RomanisationTable.Reading::cost)).toList()));
        return Map.copyOf(out);
    }

    boolean contains(String syllable) {
        return syllables.contains(syllable);
    }

    /** Lists and ICU's Latin-ASCII write ü as u; lü and lu then read alike, as they do on lists. */
    static String fold(String s) {
        return s.replace('ü', 'u');
    }
}
