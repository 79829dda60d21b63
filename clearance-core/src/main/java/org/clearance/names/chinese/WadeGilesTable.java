package org.clearance.names.chinese;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.lists.TsvResource;

/**
 * Wade–Giles syllables and their pinyin readings ({@code wade-giles.tsv}), keyed by the ASCII
 * spelling (ü folded to u, apostrophe kept where written); each reading carries its cost so that a
 * faithful reading outranks one that assumes a dropped apostrophe or umlaut.
 */
final class WadeGilesTable {
    /** Longest key (ch'iung, hsiung): bounds the segmenter's look-ahead. */
    static final int MAX_LENGTH = 7;

    private final Map<String, List<Reading>> byKey;

    private WadeGilesTable(Map<String, List<Reading>> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    static WadeGilesTable load() {
        Map<String, List<Reading>> map = new HashMap<>();
        for (String[] row : TsvResource.rows(WadeGilesTable.class, "wade-giles.tsv")) {
            String key = PinyinInventory.fold(row[0].strip());
            String[] pinyin = row[1].split(";");
            String[] how = row[2].split(";");
            List<Reading> readings = map.computeIfAbsent(key, k -> new ArrayList<>());
            for (int i = 0; i < pinyin.length; i++) {
                Reading r = new Reading(pinyin[i].strip(), cost(how[i].strip()));
                if (readings.stream().noneMatch(x -> x.pinyin().equals(r.pinyin()))) {
                    readings.add(r);
                }
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new WadeGilesTable(map);
    }

    /** Readings of one Wade–Giles syllable, most faithful first; empty when it is none. */
    List<Reading> readings(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    private static double cost(String how) {
        return switch (how) {
            case "exact" -> Costs.WADE_GILES;
            case "umlaut dropped" -> Costs.WADE_GILES_NO_UMLAUT;
            case "apostrophe dropped" -> Costs.WADE_GILES_NO_APOSTROPHE;
            default -> throw new IllegalStateException("wade-giles.tsv: unknown kind " + how);
        };
    }

    /** One pinyin syllable that a romanised unit may stand for, and how far-fetched that is. */
    record Reading(String pinyin, double cost) {}
}
