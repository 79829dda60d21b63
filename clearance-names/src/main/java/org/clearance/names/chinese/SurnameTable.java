package org.clearance.names.chinese;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.io.TsvResource;

/**
 * Chinese surnames ({@code surnames.tsv}): their population shares by pinyin, and the dialect and
 * diaspora spellings (Cantonese wong, Hokkien tan, Teochew teo) that stand for them.
 */
final class SurnameTable {
    private final Map<String, Double> shareByPinyin;
    private final Map<String, List<List<String>>> bySpelling;
    /** A dialect or diaspora spelling to the surnames (simplified characters) it writes: yin is 鄢, not 燕 or 殷. */
    private final Map<String, Set<String>> charactersBySpelling;
    private final Set<String> characters;

    private SurnameTable(Map<String, Double> shareByPinyin, Map<String, List<List<String>>> bySpelling,
            Map<String, Set<String>> charactersBySpelling, Set<String> characters) {
        this.shareByPinyin = Map.copyOf(shareByPinyin);
        this.bySpelling = Map.copyOf(bySpelling);
        Map<String, Set<String>> chars = new HashMap<>();
        charactersBySpelling.forEach((k, v) -> chars.put(k, Set.copyOf(v)));
        this.charactersBySpelling = Map.copyOf(chars);
        this.characters = Set.copyOf(characters);
    }

    static SurnameTable load() {
        Map<String, Double> shares = new HashMap<>();
        Map<String, List<List<String>>> spellings = new HashMap<>();
        Map<String, Set<String>> characters = new HashMap<>();
        Set<String> all = new HashSet<>();
        for (String[] row : TsvResource.rows(SurnameTable.class, "surnames.tsv")) {
            all.add(row[0].strip());
            List<String> pinyin = List.of(row[2].strip().split(" "));
            String joined = String.join("", pinyin);
            // Several surnames share one pinyin (徐 许 胥 are all xu): a match on xu says what all of them say.
            shares.merge(joined, Double.parseDouble(row[3]) / 100, Double::sum);
            for (String spelling : row[5].split(",")) {
                if (!spelling.isBlank()) {
                    List<List<String>> readings = spellings.computeIfAbsent(spelling.strip(), k -> new ArrayList<>());
                    if (!readings.contains(pinyin)) {
                        readings.add(pinyin);
                    }
                    characters.computeIfAbsent(spelling.strip(), k -> new HashSet<>()).add(row[0].strip());
                }
            }
        }
        Comparator<List<String>> commonestFirst =
                Comparator.comparingDouble(p -> -shares.getOrDefault(String.join("", p), 0.0));
        spellings.replaceAll((k, v) -> v.stream().sorted(commonestFirst).toList());
        return new SurnameTable(shares, spellings, characters, all);
    }

    boolean isSurname(String joinedPinyin) {
        return shareByPinyin.containsKey(joinedPinyin);
    }

    /** Share of the population with this surname (0.0725 for wang), 0 when it is none. */
    double share(String joinedPinyin) {
        return shareByPinyin.getOrDefault(joinedPinyin, 0.0);
    }

    /** The surnames, in simplified characters, that a dialect or diaspora spelling writes; empty when it is none. */
    Set<String> charactersOf(String spelling) {
        return charactersBySpelling.getOrDefault(spelling, Set.of());
    }

    /** Whether a text in simplified characters is a surname of the table (one character, or a compound of two). */
    boolean isSurnameCharacters(String simplified) {
        return characters.contains(simplified);
    }

    /** Mandarin surnames that a dialect or diaspora spelling stands for, commonest first. */
    List<List<String>> fromSpelling(String spelling) {
        return bySpelling.getOrDefault(spelling, List.of());
    }
}
