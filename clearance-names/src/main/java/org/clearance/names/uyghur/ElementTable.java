package org.clearance.names.uyghur;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.io.TsvResource;

/**
 * The name elements of {@code name-elements.tsv}, indexed by every way of writing them: folded
 * Latin spelling (ULY and variants), joined pinyin of each Han rendering, and the Han string.
 * Each index gives the canonical readings (folded ULY), several when spellings are shared
 * (Muhammad is both Memet and Muhemmed).
 */
final class ElementTable {
    private static final int ULY = 0;
    private static final int VARIANTS = 1;
    private static final int ARABIC = 2;
    private static final int HAN = 3;
    private static final int PINYIN = 4;

    private final Map<String, List<String>> byLatin;
    private final Map<String, List<String>> byPinyin;
    private final Map<String, List<String>> byHan;
    /** By canonical reading: the element in Arabic script and its first (usual) Han rendering. */
    private final Map<String, List<String>> writtenForms;
    private final int longestHan;

    private ElementTable(Map<String, List<String>> byLatin, Map<String, List<String>> byPinyin,
            Map<String, List<String>> byHan, Map<String, List<String>> writtenForms) {
        this.byLatin = byLatin;
        this.byPinyin = byPinyin;
        this.byHan = byHan;
        this.writtenForms = writtenForms;
        this.longestHan = byHan.keySet().stream().mapToInt(k -> k.codePointCount(0, k.length())).max().orElse(0);
    }

    static ElementTable load() {
        Map<String, List<String>> latin = new HashMap<>();
        Map<String, List<String>> pinyin = new HashMap<>();
        Map<String, List<String>> han = new HashMap<>();
        Map<String, List<String>> written = new HashMap<>();
        for (String[] row : TsvResource.rows(ElementTable.class, "name-elements.tsv")) {
            String reading = LatinFold.letters(row[ULY]);
            List<String> hanCells = cells(row[HAN]);
            if (!hanCells.isEmpty() && !row[ARABIC].isBlank()) {
                written.putIfAbsent(reading, List.of(row[ARABIC].strip(), hanCells.get(0)));
            }
            add(latin, reading, reading);
            for (String variant : cells(row[VARIANTS])) {
                add(latin, LatinFold.letters(variant), reading);
            }
            for (String rendering : cells(row[HAN])) {
                add(han, rendering, reading);
            }
            for (String syllables : cells(row[PINYIN])) {
                add(pinyin, LatinFold.letters(syllables), reading);
            }
        }
        return new ElementTable(freeze(latin), freeze(pinyin), freeze(han), Map.copyOf(written));
    }

    /** Readings of a folded Latin spelling or joined pinyin, spellings first. */
    List<String> latin(String folded) {
        List<String> spelled = byLatin.getOrDefault(folded, List.of());
        List<String> read = byPinyin.getOrDefault(folded, List.of());
        if (read.isEmpty() || spelled.containsAll(read)) {
            return spelled;
        }
        List<String> both = new ArrayList<>(spelled);
        read.stream().filter(r -> !both.contains(r)).forEach(both::add);
        return List.copyOf(both);
    }

    /** Readings of one Han rendering, exactly as written (no separators). */
    List<String> han(String han) {
        return byHan.getOrDefault(han, List.of());
    }

    /** The element of this canonical reading in Arabic script and in Han, in that order; empty when unknown. */
    List<String> writtenForms(String reading) {
        return writtenForms.getOrDefault(reading, List.of());
    }

    /** Length in code points of the longest Han rendering: the widest window segmentation tries. */
    int longestHan() {
        return longestHan;
    }

    private static List<String> cells(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static void add(Map<String, List<String>> index, String key, String reading) {
        if (key.isEmpty()) {
            return;
        }
        List<String> readings = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!readings.contains(reading)) {
            readings.add(reading);
        }
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> index) {
        Map<String, List<String>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
