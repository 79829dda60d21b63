package org.clearance.names.chinese;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.clearance.io.TsvResource;

/**
 * The syllables of a romanisation other than pinyin (Wade–Giles in {@code wade-giles.tsv}, Gwoyeu
 * Romatzyh in {@code gwoyeu-romatzyh.tsv}) and their pinyin readings, keyed by the ASCII spelling
 * (ü folded to u, apostrophe kept where written); each reading carries its cost, so that a faithful
 * Wade–Giles reading outranks one that assumes a dropped apostrophe or umlaut.
 */
final class RomanisationTable {
    /** Longest key of any table (ch'iung, shiuann): bounds the segmenter's look-ahead. */
    static final int MAX_LENGTH = 7;

    private final Map<String, List<Reading>> byKey;

    private RomanisationTable(Map<String, List<Reading>> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    static RomanisationTable load(String resource) {
        Map<String, List<Reading>> map = new HashMap<>();
        for (String[] row : TsvResource.rows(RomanisationTable.class, resource)) {
            String key = PinyinInventory.fold(row[0].strip());
            String[] pinyin = row[1].split(";");
            String[] how = row[2].split(";");
            List<Reading> readings = map.computeIfAbsent(key, k -> new ArrayList<>());
            for (int i = 0; i < pinyin.length; i++) {
                Reading r = new Reading(PinyinInventory.fold(pinyin[i].strip()), cost(how[i].strip()));
                if (readings.stream().noneMatch(x -> x.pinyin().equals(r.pinyin()))) {
                    readings.add(r);
                }
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new RomanisationTable(map);
    }

    /** Each spelling with its readings, most faithful first. */
    void forEach(BiConsumer<String, List<Reading>> action) {
        byKey.forEach(action);
    }

    private static double cost(String how) {
        return switch (how) {
            case "exact" -> Costs.WADE_GILES;
            case "umlaut dropped" -> Costs.WADE_GILES_NO_UMLAUT;
            case "apostrophe dropped" -> Costs.WADE_GILES_NO_APOSTROPHE;
            case "gwoyeu romatzyh" -> Costs.GWOYEU_ROMATZYH;
            default -> throw new IllegalStateException("unknown kind of reading: " + how);
        };
    }

    /** One pinyin syllable that a romanised unit may stand for, and how far-fetched that is. */
    record Reading(String pinyin, double cost) {}
}
