package org.clearance.supplychain.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.io.TsvResource;
import org.clearance.names.TextWords;
import org.clearance.names.Scripts;

/**
 * The bundled data, loaded once: every form of every Xinjiang place keyed for lookup (Han forms as written,
 * other scripts as {@link TextWords#formKey}), the other Chinese provinces and cities, and the context words.
 */
final class PlaceIndex {
    /**
     * What a form names and how surely; {@code boostable} is false for product phrases such as "Hami melon";
     * {@code place} is null for a blocker.
     */
    record Entry(Place place, double confidence, boolean boostable) {}

    static final double DEFAULT_CONFIDENCE = 0.95;
    /** The exceptions' place for a form that names no place but hides a shorter one (第一师范 is a school). */
    static final String BLOCKER = "-";

    final Map<String, Entry> han = new HashMap<>();
    final Map<String, Entry> latin = new HashMap<>();
    final Set<String> otherHan = new HashSet<>();
    final Set<String> otherLatin = new HashSet<>();
    final Map<String, Set<String>> words = new HashMap<>();
    final int maxHan;
    final int maxLatinWords;
    final int maxOtherHan;
    final int maxOtherLatinWords;

    PlaceIndex() {
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, List<Place>> hanForms = new HashMap<>();
        Map<String, List<Place>> latinForms = new HashMap<>();
        for (String[] r : TsvResource.rows(PlaceIndex.class, "xinjiang-places.tsv")) {
            Place p = new Place(r[0], r[1], r[2], r[3]);
            places.put(p.chinese(), p);
            for (String f : split(r[5])) {
                hanForms.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
            }
            for (String f : concat(split(r[4]), split(r[6]))) {
                String k = TextWords.formKey(f);
                if (!k.isEmpty()) {
                    List<Place> ps = latinForms.computeIfAbsent(k, x -> new ArrayList<>());
                    if (!ps.contains(p)) {
                        ps.add(p);
                    }
                }
            }
        }
        Map<String, String> parents = new HashMap<>();
        for (String[] r : TsvResource.rows(PlaceIndex.class, "xinjiang-places.tsv")) {
            parents.put(r[0], r[3].equals(r[0]) ? null : r[3]);
        }
        hanForms.forEach((k, ps) -> han.put(k, pick(ps, parents)));
        latinForms.forEach((k, ps) -> latin.put(k, pick(ps, parents)));
        for (String[] r : TsvResource.rows(PlaceIndex.class, "place-exceptions.tsv")) {
            boolean isHan = Scripts.isHan(r[0].codePointAt(0));
            Map<String, Entry> map = isHan ? han : latin;
            String key = isHan ? r[0] : TextWords.formKey(r[0]);
            double c = Double.parseDouble(r[2]);
            if (r[1].equals(BLOCKER)) {
                map.put(key, new Entry(null, 0, false));
            } else if (!r[1].isEmpty()) {
                map.put(key, new Entry(places.get(r[1]), c, false));
            } else if (c == 0) {
                map.remove(key);
            } else if (map.containsKey(key)) {
                map.put(key, new Entry(map.get(key).place(), Math.min(c, map.get(key).confidence()), true));
            }
        }
        for (String[] r : TsvResource.rows(PlaceIndex.class, "other-regions.tsv")) {
            otherLatin.add(TextWords.formKey(r[0]));
            otherHan.add(r[1]);
        }
        for (String[] r : TsvResource.rows(PlaceIndex.class, "context-words.tsv")) {
            words.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[1]);
        }
        maxHan = han.keySet().stream().mapToInt(String::length).max().orElse(0);
        maxLatinWords = latin.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        maxOtherHan = otherHan.stream().mapToInt(String::length).max().orElse(0);
        maxOtherLatinWords = otherLatin.stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    boolean is(String kind, String word) {
        return words.getOrDefault(kind, Set.of()).contains(word);
    }

    /**
     * One place for a form several rows share. "Aksu" names both the prefecture and its seat city: the
     * containing place is the safe reading. When the rows share no ancestor chain (Yéngisheher is a district
     * of Urumqi and a county of Kashgar) the first is kept at lower confidence.
     */
    private static Entry pick(List<Place> ps, Map<String, String> parents) {
        for (Place p : ps) {
            if (ps.stream().allMatch(q -> q == p || isAncestor(p.chinese(), q.chinese(), parents))) {
                return new Entry(p, DEFAULT_CONFIDENCE, true);
            }
        }
        boolean samePrefecture = ps.stream().map(Place::prefecture).distinct().count() == 1;
        return new Entry(ps.get(0), samePrefecture ? DEFAULT_CONFIDENCE : 0.6, true);
    }

    private static boolean isAncestor(String a, String b, Map<String, String> parents) {
        for (String p = parents.get(b); p != null; p = parents.get(p)) {
            if (p.equals(a)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
