package org.clearance.names.japanese;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.clearance.io.TsvResource;

/**
 * Other readings of a name part that Kuromoji could only read as several words (晋三 = 晋 + 三, read susumu-san):
 * every way to cut the part into dictionary words and name kanji ({@code name-kanji-readings.tsv}), ranked by
 * IPADIC's word costs, so that the reading a person is likelier to bear (shinzō) is among the alternatives.
 */
final class ReadingLattice {
    /**
     * Parts longer than this are left to Kuromoji alone: given names run to three or four kanji, and the
     * number of paths grows as the entries per character to the power of the length.
     */
    static final int MAX_CHARS = 4;
    /** Entries kept per substring, cheapest first: bounds the paths to MAX_ENTRIES^MAX_CHARS. */
    private static final int MAX_ENTRIES = 4;
    /**
     * Cost of a reading from name-kanji-readings.tsv: about that of an uncommon IPADIC given name
     * (晋 シン costs 10288, 晃 コウ 9926), so such readings rank after the dictionary's name readings.
     */
    private static final int NAME_KANJI_COST = 8000;
    /** Added to an entry that is no person name (三 サン the numeral, 陽 ヒ the sun): names are read as names. */
    private static final int NOT_A_NAME = 5000;
    /**
     * Added to a single kanji read as a whole given name of three or more morae (晋 susumu, 毅 tsuyoshi) when it is
     * only one piece of a longer name: inside a compound name a kanji takes a short, element reading (晋三 shinzō).
     */
    private static final int WHOLE_NAME_AS_PIECE = 4000;
    private static final int WHOLE_NAME_MORAE = 3;
    /** Added per word, so that fewer, longer dictionary words win over piecing a name together char by char. */
    private static final int PER_WORD = 1000;

    private final KanjiReader kuromoji;
    private final Map<String, List<String>> nameKanji;

    private ReadingLattice(KanjiReader kuromoji, Map<String, List<String>> nameKanji) {
        this.kuromoji = kuromoji;
        this.nameKanji = Map.copyOf(nameKanji);
    }

    static ReadingLattice load(KanjiReader kuromoji) {
        Map<String, List<String>> map = new HashMap<>();
        for (String[] row : TsvResource.rows(ReadingLattice.class, "name-kanji-readings.tsv")) {
            // katakana, as Kuromoji reads, so that the same reading from both sources is one reading
            map.put(row[0].strip(), Stream.of(row[1].strip().split(";")).map(ReadingLattice::toKatakana).toList());
        }
        return new ReadingLattice(kuromoji, map);
    }

    /**
     * The readings (katakana or hiragana, words joined by {@link KanaRomaniser#WORD_BOUNDARY}) of an all-kanji
     * part, cheapest first, at most {@code limit}; empty when the part is too long or cannot be read.
     */
    List<String> readings(String part, int limit) {
        int n = part.length();
        if (n == 0 || n > MAX_CHARS) {
            return List.of();
        }
        List<List<Edge>> from = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Edge> edges = new ArrayList<>();
            for (int j = i + 1; j <= n; j++) {
                edges.addAll(edges(part.substring(i, j), j, n));
            }
            from.add(edges);
        }
        List<Path> paths = new ArrayList<>();
        walk(from, 0, n, "", 0, paths);
        paths.sort(Comparator.comparingInt(Path::cost));
        Set<String> out = new LinkedHashSet<>();
        for (Path p : paths) {
            if (out.size() >= limit) {
                break;
            }
            out.add(p.kana());
        }
        return List.copyOf(out);
    }

    private List<Edge> edges(String surface, int end, int partLength) {
        List<Edge> edges = new ArrayList<>();
        boolean piece = surface.length() < partLength;
        for (KanjiReader.Entry e : kuromoji.entries(surface)) {
            if (e.partOfSpeech().startsWith(KanjiReader.NOUN)) {
                int cost = e.cost() + (e.isPersonName() ? 0 : NOT_A_NAME) + PER_WORD;
                if (piece && surface.length() == 1 && KanjiReader.GIVEN_NAME.equals(e.partOfSpeech())
                        && e.reading().length() >= WHOLE_NAME_MORAE) {
                    cost += WHOLE_NAME_AS_PIECE;
                }
                edges.add(new Edge(end, e.reading(), cost));
            }
        }
        for (String kana : nameKanji.getOrDefault(surface, List.of())) {
            edges.add(new Edge(end, kana, NAME_KANJI_COST + PER_WORD));
        }
        edges.sort(Comparator.comparingInt(Edge::cost));
        // one edge per reading: the dictionary often lists a reading under several parts of speech
        Set<String> seen = new LinkedHashSet<>();
        List<Edge> kept = new ArrayList<>();
        for (Edge e : edges) {
            if (kept.size() < MAX_ENTRIES && seen.add(e.kana())) {
                kept.add(e);
            }
        }
        return kept;
    }

    private static String toKatakana(String hiragana) {
        StringBuilder b = new StringBuilder(hiragana.length());
        hiragana.chars().forEach(c -> b.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + ('ア' - 'あ')) : (char) c));
        return b.toString();
    }

    private static void walk(List<List<Edge>> from, int at, int end, String kana, int cost, List<Path> out) {
        if (at == end) {
            out.add(new Path(kana, cost));
            return;
        }
        for (Edge e : from.get(at)) {
            String next = kana.isEmpty() ? e.kana() : kana + KanaRomaniser.WORD_BOUNDARY + e.kana();
            walk(from, e.end(), end, next, cost + e.cost(), out);
        }
    }

    private record Edge(int end, String kana, int cost) {}

    private record Path(String kana, int cost) {}
}
