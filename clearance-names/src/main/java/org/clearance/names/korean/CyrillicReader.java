package org.clearance.names.korean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the words of a Korean name written in Cyrillic back into Hangul: every syllable that Korean names are made of
 * (the readings of Hanja) is spelt in Cyrillic in each way {@code jamo.tsv}'s Cyrillic column allows, and a word is
 * divided into such spellings. Russian writes one jamo one way but several jamo alike (о is ㅓ and ㅗ, a final н is ㄴ
 * and ㅇ), so a word has several readings, cheapest first: those that use Kontsevich's own spelling of each jamo, then
 * those that need a customary one, and of equal cost the syllables more Hanja read as (commoner in names).
 */
final class CyrillicReader {
    /**
     * One way of reading a word.
     *
     * @param hangul    the syllables read
     * @param cost      how many jamo took a spelling other than Kontsevich's
     * @param commonness how many Hanja read as its syllables, added up: the tie-break between readings of one cost
     */
    record Reading(String hangul, int cost, int commonness) {
        /** Nothing read yet; and the space between a family name and a given name, which costs nothing. */
        static final Reading NONE = new Reading("", 0, 0);
        static final Reading SPACE = new Reading(" ", 0, 0);

        static final Comparator<Reading> CHEAPEST =
                Comparator.comparingInt(Reading::cost).thenComparing(Comparator.comparingInt(Reading::commonness).reversed());

        Reading then(Reading next) {
            return new Reading(hangul + next.hangul, cost + next.cost, commonness + next.commonness);
        }

        int syllables() {
            return hangul.length();
        }
    }

    /** The longest spelling of a syllable: two letters for each jamo at most (чх, йя, ль). */
    private static final int MAX_SPELLING = 6;

    private final Map<String, List<Reading>> bySpelling;

    /**
     * @param hanjaPerSyllable the syllables to spell, each with how many Hanja read as it
     */
    CyrillicReader(JamoTable jamo, Map<Integer, Integer> hanjaPerSyllable) {
        Map<String, List<Reading>> map = new HashMap<>();
        hanjaPerSyllable.forEach((codePoint, hanja) -> {
            Syllable s = Syllable.of(codePoint);
            List<String> initials = jamo.initial(s.initial()).cyrillic();
            List<String> medials = jamo.medial(s.medial()).cyrillic();
            List<String> finals = s.hasFinal() ? jamo.fin(s.fin()).cyrillic() : List.of("");
            String hangul = Character.toString(codePoint);
            for (int i = 0; i < initials.size(); i++) {
                for (int m = 0; m < medials.size(); m++) {
                    for (int f = 0; f < finals.size(); f++) {
                        int cost = Integer.signum(i) + Integer.signum(m) + Integer.signum(f);
                        map.computeIfAbsent(initials.get(i) + medials.get(m) + finals.get(f), k -> new ArrayList<>())
                                .add(new Reading(hangul, cost, hanja));
                    }
                }
            }
        });
        map.replaceAll((spelling, readings) -> readings.stream().sorted(Reading.CHEAPEST).toList());
        this.bySpelling = Map.copyOf(map);
    }

    /**
     * The readings of one lower-case Cyrillic word of at most {@code maxSyllables} syllables, cheapest first, at most
     * {@code limit}; empty when it does not divide into spellings of syllables, as nearly every Russian word does not.
     */
    List<Reading> word(String word, int maxSyllables, int limit) {
        if (word.isEmpty() || word.length() > maxSyllables * MAX_SPELLING) {
            return List.of();
        }
        List<Reading> out = new ArrayList<>();
        read(word, 0, Reading.NONE, maxSyllables, out);
        return out.stream().sorted(Reading.CHEAPEST).limit(limit).toList();
    }

    private void read(String word, int from, Reading sofar, int maxSyllables, List<Reading> out) {
        if (from == word.length()) {
            out.add(sofar);
            return;
        }
        if (sofar.syllables() == maxSyllables) {
            return;
        }
        for (int len = 1; len <= MAX_SPELLING && from + len <= word.length(); len++) {
            for (Reading r : bySpelling.getOrDefault(word.substring(from, from + len), List.of())) {
                read(word, from + len, sofar.then(r), maxSyllables, out);
            }
        }
    }
}
