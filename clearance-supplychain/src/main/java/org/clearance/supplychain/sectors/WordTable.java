package org.clearance.supplychain.sectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The phrases of {@code sector-words.tsv}, found in folded text leftmost-longest. */
final class WordTable {
    /** Marks an exclusion row: a false friend whose match hides the shorter sector phrase inside it. */
    static final String EXCLUDE = "-";

    /** One phrase; {@code sectorId} is {@link #EXCLUDE} for false friends. */
    record Phrase(String text, String sectorId, double weight, boolean wordStart, boolean wordEnd, boolean pluralEs) {
        boolean excludes() {
            return EXCLUDE.equals(sectorId);
        }
    }

    /** A phrase found at folded offsets {@code start} to {@code end} (exclusive). */
    record Match(Phrase phrase, int start, int end) {}

    private final Map<Character, List<Phrase>> byFirstChar = new HashMap<>();

    WordTable(List<String[]> rows, Set<String> sectorIds) {
        for (String[] r : rows) {
            String text = new FoldedText(r[0]).text.strip();
            if (text.isEmpty() || !(EXCLUDE.equals(r[2]) || sectorIds.contains(r[2]))) {
                throw new IllegalStateException("sector-words.tsv: bad row " + String.join(" | ", r));
            }
            char first = text.charAt(0);
            char last = text.charAt(text.length() - 1);
            boolean es = text.endsWith("o") || text.endsWith("s") || text.endsWith("x") || text.endsWith("ch")
                    || text.endsWith("sh");
            byFirstChar.computeIfAbsent(first, k -> new ArrayList<>()).add(new Phrase(text, r[2],
                    Double.parseDouble(r[3]), FoldedText.isWordChar(first), FoldedText.isWordChar(last), es));
        }
        byFirstChar.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed()));
    }

    /** Sector phrases in order; text inside a matched exclusion is skipped. */
    List<Match> find(String s) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Match m = longestAt(s, i);
            if (m == null) {
                i++;
                continue;
            }
            if (!m.phrase().excludes()) {
                out.add(m);
            }
            i = m.end();
        }
        return out;
    }

    private Match longestAt(String s, int i) {
        List<Phrase> candidates = byFirstChar.get(s.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (p.wordStart() && i > 0 && FoldedText.isWordChar(s.charAt(i - 1))) {
                return null; // inside a word: no phrase starting here can match
            }
            if (!s.startsWith(p.text(), i)) {
                continue;
            }
            int end = i + p.text().length();
            if (p.wordEnd()) {
                end = wordEnd(s, end, p.pluralEs());
                if (end < 0) {
                    continue;
                }
            }
            return new Match(p, i, end);
        }
        return null;
    }

    /** Where the word ends if the phrase stands whole there, allowing an English plural; -1 if it does not. */
    private static int wordEnd(String s, int end, boolean pluralEs) {
        if (!wordCharAt(s, end)) {
            return end;
        }
        if (s.charAt(end) == 's' && !wordCharAt(s, end + 1)) {
            return end + 1;
        }
        if (pluralEs && s.startsWith("es", end) && !wordCharAt(s, end + 2)) {
            return end + 2;
        }
        return -1;
    }

    private static boolean wordCharAt(String s, int i) {
        return i < s.length() && FoldedText.isWordChar(s.charAt(i));
    }
}
