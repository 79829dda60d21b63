package org.clearance.names.chinese;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one romanised token as pinyin syllable sequences: joined pinyin is segmented, Wade–Giles
 * and Gwoyeu Romatzyh syllables are converted, dialect surname spellings are mapped, and the candidates are ranked by
 * their {@link Costs}.
 */
final class SyllableReader {
    /** No Chinese name part written as one token has more syllables than this. */
    private static final int MAX_SYLLABLES_PER_PART = 4;
    /** Longer tokens are not one name part (and would only cost time). */
    private static final int MAX_TOKEN_LENGTH = 40;
    private static final int MAX_READINGS_PER_PART = 6;
    private static final int MAX_READINGS = 8;
    private static final int MAX_UNIT = Math.max(PinyinInventory.MAX_LENGTH, RomanisationTable.MAX_LENGTH);

    /** Every spelling of one syllable in any system, with its pinyin readings, cheapest first. */
    private final Map<String, List<RomanisationTable.Reading>> units;
    private final SurnameTable surnames;

    SyllableReader(PinyinInventory pinyin, List<RomanisationTable> romanisations, SurnameTable surnames) {
        this.units = pinyin.unitsWith(romanisations);
        this.surnames = surnames;
    }

    /**
     * @param dialectSurnames whether a dialect spelling of a one-character surname (wong, yin) reads as that
     *                        surname's pinyin; compound surnames' spellings (auyeung) always do
     */
    List<List<String>> readings(String token, boolean dialectSurnames) {
        String text = normalise(token);
        if (text == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split("-")) {
            String bare = stripApostrophes(part);
            if (!bare.isEmpty()) {
                parts.add(bare);
            }
        }
        List<Candidate> result = List.of(new Candidate(List.of(), 0));
        boolean anyPart = false;
        for (String part : parts) {
            List<Candidate> partReadings = readPart(part, parts.size() == 1, dialectSurnames);
            if (partReadings.isEmpty()) {
                return List.of();
            }
            result = best(combine(result, partReadings), MAX_READINGS);
            anyPart = true;
        }
        if (!anyPart) {
            return List.of();
        }
        if (parts.size() > 1) {
            result = best(withCompoundSurname(result, String.join("", parts)), MAX_READINGS);
        }
        return result.stream().map(Candidate::syllables).toList();
    }

    /** Lower-case ASCII letters, hyphens and one kind of apostrophe; null when anything else is left. */
    private static String normalise(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return null;
        }
        StringBuilder b = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = Character.toLowerCase(token.charAt(i));
            if (c == 'ü') {
                c = 'u';
            } else if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BC' || c == '\u02BB' || c == '\u2032') {
                c = '\'';
            }
            if ((c < 'a' || c > 'z') && c != '\'' && c != '-') {
                return null;
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Hyphenated compound surnames (Au-yeung, Sze-to) are listed joined among the dialect spellings. */
    private List<Candidate> withCompoundSurname(List<Candidate> readings, String joined) {
        List<Candidate> all = new ArrayList<>(readings);
        for (List<String> surname : surnames.fromSpelling(joined)) {
            all.add(new Candidate(surname, Costs.SURNAME_SPELLING));
        }
        return all;
    }

    private static String stripApostrophes(String part) {
        int from = 0;
        int to = part.length();
        while (from < to && part.charAt(from) == '\'') {
            from++;
        }
        while (to > from && part.charAt(to - 1) == '\'') {
            to--;
        }
        return part.substring(from, to);
    }

    /**
     * Readings of one hyphen-free part. Dialect surname spellings apply to a whole token; in a
     * hyphenated one (a given name: Hai-lun, Kai-shek) only to a part with no other reading (Au-yeung),
     * else every given-name syllable that is also a surname spelling (hai for 解) would add readings.
     */
    private List<Candidate> readPart(String part, boolean wholeToken, boolean dialectSurnames) {
        Map<List<String>, Double> found = new LinkedHashMap<>();
        segment(part, 0, false, new ArrayList<>(), 0, found);
        if (part.indexOf('\'') < 0 && (wholeToken || found.isEmpty())) {
            double rank = 0;
            for (List<String> surname : surnames.fromSpelling(part)) {
                if (!dialectSurnames && surname.size() == 1) {
                    continue;
                }
                found.merge(surname, Costs.SURNAME_SPELLING + rank, Math::min);
                rank += 0.01;
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        found.forEach((syllables, cost) -> {
            if (cost <= Costs.MAX_PART) {
                candidates.add(new Candidate(syllables, cost));
            }
        });
        return best(candidates, MAX_READINGS_PER_PART);
    }

    private void segment(String part, int pos, boolean marked, List<String> acc, double cost,
            Map<List<String>, Double> found) {
        if (pos == part.length()) {
            found.merge(List.copyOf(acc), cost + Costs.EXTRA_SYLLABLE * (acc.size() - 1), Math::min);
            return;
        }
        if (part.charAt(pos) == '\'') {
            segment(part, pos + 1, true, acc, cost, found);
            return;
        }
        if (acc.size() == MAX_SYLLABLES_PER_PART) {
            return;
        }
        double boundary = !acc.isEmpty() && !marked && isVowel(part.charAt(pos)) ? Costs.VOWEL_SPLIT : 0;
        for (int end = pos + 1; end <= Math.min(part.length(), pos + MAX_UNIT); end++) {
            for (RomanisationTable.Reading r : units.getOrDefault(part.substring(pos, end), List.of())) {
                double next = cost + boundary + r.cost();
                // costs only grow: a branch already past the limit can never be kept
                if (next <= Costs.MAX_PART) {
                    step(part, end, acc, r.pinyin(), next, found);
                }
            }
        }
    }

    private void step(String part, int end, List<String> acc, String syllable, double cost,
            Map<List<String>, Double> found) {
        acc.add(syllable);
        segment(part, end, false, acc, cost, found);
        acc.remove(acc.size() - 1);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'o' || c == 'e' || c == 'i' || c == 'u';
    }

    private static List<Candidate> combine(List<Candidate> left, List<Candidate> right) {
        List<Candidate> out = new ArrayList<>(left.size() * right.size());
        for (Candidate l : left) {
            for (Candidate r : right) {
                List<String> syllables = new ArrayList<>(l.syllables());
                syllables.addAll(r.syllables());
                out.add(new Candidate(List.copyOf(syllables), l.cost() + r.cost()));
            }
        }
        return out;
    }

    private static List<Candidate> best(List<Candidate> candidates, int limit) {
        Map<List<String>, Candidate> unique = new LinkedHashMap<>();
        candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::cost))
                .forEach(c -> unique.putIfAbsent(c.syllables(), c));
        return unique.values().stream().limit(limit).toList();
    }

    private record Candidate(List<String> syllables, double cost) {}
}
