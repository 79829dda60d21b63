package org.clearance.names.org;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spellings under which one phrase of the data files appears after normalisation: with each word
 * also in its abbreviated or full form ("ltd liability company"), and with runs of single letters joined
 * ("s a de c v" written "SA de CV"), so the data files list each form once.
 */
final class PhraseVariants {
    private final Map<String, List<String>> alternatives;

    PhraseVariants(Map<String, List<String>> alternatives) {
        this.alternatives = Map.copyOf(alternatives);
    }

    Set<String> of(String phrase) {
        List<String> spellings = new ArrayList<>(List.of(""));
        for (String word : phrase.split(" ")) {
            List<String> options = new ArrayList<>(List.of(word));
            options.addAll(alternatives.getOrDefault(word, List.of()));
            List<String> next = new ArrayList<>();
            for (String prefix : spellings) {
                for (String option : options) {
                    next.add(prefix.isEmpty() ? option : prefix + " " + option);
                }
            }
            spellings = next;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : spellings) {
            out.add(s);
            out.add(joinLetterRuns(s));
        }
        return out;
    }

    private static String joinLetterRuns(String phrase) {
        StringBuilder out = new StringBuilder();
        String[] words = phrase.split(" ");
        for (int i = 0; i < words.length; i++) {
            boolean glue = i > 0 && words[i].length() == 1 && words[i - 1].length() == 1;
            out.append(i == 0 || glue ? "" : " ").append(words[i]);
        }
        return out.toString();
    }
}
