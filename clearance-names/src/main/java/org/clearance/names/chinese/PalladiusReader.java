package org.clearance.names.chinese;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearance.io.TsvResource;

/**
 * Reads words in Cyrillic as the Palladius system writes pinyin syllables ({@code palladius.tsv}): Russian and the
 * other languages in Cyrillic write Chinese names syllable by syllable (Цзиньпин is цзинь пин, jin ping), and each
 * syllable has one spelling, so the reading is exact where ICU's Russian transliteration gives "tszinpin".
 */
final class PalladiusReader {
    /** Longest Cyrillic syllable (цзюань, чжуань): bounds the search for the syllables of a word. */
    private static final int MAX_SYLLABLE = 6;
    /** The longest word read: a name's word joins three syllables at most (Оуян Сю, Цзиньпин); a longer one is none. */
    private static final int MAX_WORD = 4 * MAX_SYLLABLE;

    private final Map<String, String> pinyinBySpelling;

    private PalladiusReader(Map<String, String> pinyinBySpelling) {
        this.pinyinBySpelling = Map.copyOf(pinyinBySpelling);
    }

    static PalladiusReader load() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : TsvResource.rows(PalladiusReader.class, "palladius.tsv")) {
            String previous = map.put(fold(row[1]), PinyinInventory.fold(row[0]));
            if (previous != null) {
                throw new IllegalStateException("palladius.tsv: " + row[1] + " spells both " + previous + " and " + row[0]);
            }
        }
        return new PalladiusReader(map);
    }

    /**
     * The pinyin syllables of one word in Cyrillic, in the fewest syllables it divides into (Сиань is си ань, xi an:
     * Palladius has no сиа); empty when some part of it is no syllable, as with nearly every Russian word, and for a
     * word too long to be a name's.
     */
    List<String> syllables(String word) {
        if (word.length() > MAX_WORD) {
            return List.of();
        }
        String w = fold(word);
        int n = w.length();
        // fewest[i]: the fewest syllables that spell w from i to its end, or MAX_VALUE; next[i]: where the first ends
        int[] fewest = new int[n + 1];
        int[] next = new int[n + 1];
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int len = Math.min(MAX_SYLLABLE, n - i); len > 0; len--) {
                if (fewest[i + len] != Integer.MAX_VALUE && fewest[i + len] + 1 < fewest[i]
                        && pinyinBySpelling.containsKey(w.substring(i, i + len))) {
                    fewest[i] = fewest[i + len] + 1;
                    next[i] = i + len;
                }
            }
        }
        if (n == 0 || fewest[0] == Integer.MAX_VALUE) {
            return List.of();
        }
        List<String> out = new ArrayList<>(fewest[0]);
        for (int i = 0; i < n; i = next[i]) {
            out.add(pinyinBySpelling.get(w.substring(i, next[i])));
        }
        return List.copyOf(out);
    }

    /** Lower case, ё as е: Russian prints ё as е more often than not. */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
