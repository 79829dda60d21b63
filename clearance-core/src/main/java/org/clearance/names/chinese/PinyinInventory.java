package org.clearance.names.chinese;

import java.util.HashSet;
import java.util.Set;
import org.clearance.lists.TsvResource;

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

    boolean contains(String syllable) {
        return syllables.contains(syllable);
    }

    /** Lists and ICU's Latin-ASCII write ü as u; lü and lu then read alike, as they do on lists. */
    static String fold(String s) {
        return s.replace('ü', 'u');
    }
}
