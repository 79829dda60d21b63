package org.clearance.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.io.TsvResource;

/**
 * How each European language's spelling says a Latin name part ({@code latin-readings.tsv}): a script that writes
 * sounds (Hebrew, Arabic script, Hangul, katakana, Chinese characters) transcribes a European name as it is said in
 * its language, so Deutch is written doitch (דויטש) and Januzaj yanuzay (야누자이), which its spelling does not spell.
 * The alignments with such scripts (AbjadAlignment, TranscribedAlignment) try these readings beside the spelling. A
 * part is read by one language's rows at a time, as a name follows one language's spelling throughout.
 */
public final class LatinReadings {
    /** The words a reading is aligned with: Arabic script's, Hebrew's, those that katakana, Hangul and Han transcribe, Cyrillic renderings. */
    public enum Target { ARABIC, HEBREW, TRANSCRIBED, CYRILLIC }

    /** Where a row's letters must stand to be read so ({@code where} in the table). */
    private enum Where { ANY, START, END, FRONT, VOWEL, AFTER_VOWEL, BETWEEN, SYLLABIC }

    /** @param against the words it reads a part against ({@code against} in the table) */
    private record Rule(String spelling, Where where, String reading, Set<Target> against) {
        boolean appliesAt(String latin, int j) {
            if (!latin.startsWith(spelling, j)) {
                return false;
            }
            int after = j + spelling.length();
            boolean vowelBefore = j > 0 && LatinLetters.isVowel(latin.charAt(j - 1));
            boolean vowelAfter = after < latin.length() && LatinLetters.isVowel(latin.charAt(after));
            return switch (where) {
                case ANY -> true;
                case START -> j == 0;
                case END -> after == latin.length();
                case FRONT -> after < latin.length() && FRONT_VOWELS.indexOf(latin.charAt(after)) >= 0;
                case VOWEL -> vowelAfter;
                case AFTER_VOWEL -> vowelBefore;
                case BETWEEN -> vowelBefore && vowelAfter;
                case SYLLABIC -> after == latin.length() && j > 0 && !vowelBefore && latin.charAt(j - 1) != 'l';
            };
        }
    }

    /** A part's readings against each target, by {@link Target#ordinal}. */
    private record Readings(List<List<String>> byTarget) {}

    /** The letters before which French g is soft and Italian sc said sh. */
    private static final String FRONT_VOWELS = "eiy";

    /**
     * Each language's rules by the letter their spelling begins with (a to z), the longest spelling first, so that sch
     * is read before ch and szcz before sz: a part's letters are looked up, not tried against every rule, since parts
     * never met before (typos, joined parts) are read while screening.
     */
    private static final List<Rule[][]> LANGUAGES = load();

    /** Name parts recur across the candidates of a screening: each is read once while remembered. */
    private static final Memo<String, Readings> READINGS = new Memo<>(50_000, LatinReadings::read);

    /**
     * What aligning a reading rather than the spelling costs, in tenths of an edit as the alignments count: that the name
     * follows a language's spelling is a guess, and the guess must not make a short word meet another name. A word of
     * three abjad letters, which must be spelt exactly, takes no reading, its few letters already meeting many names; a
     * reading that turns a consonant into a glide the script need not write (Italian gn read ny, Spanish ll read y) pays
     * this beside what its glide costs, so that with the glide it takes a short word's whole budget.
     */
    public static final int COST = 1;

    /** How well a Latin text spells a written word, in tenths of an edit; {@code budget + 1} when surely more. */
    @FunctionalInterface
    public interface Spelling {
        int cost(String latin, int budget);
    }

    private LatinReadings() {}

    /**
     * The cost of the best of a Latin part's spelling and its readings ({@link #of}) against a written word of
     * {@code target}, as {@code spelling} aligns them, a reading's {@link #COST} more.
     */
    public static int cost(String latin, Target target, int budget, Spelling spelling) {
        int best = spelling.cost(latin, budget);
        // no reading does better than its cost, nor fits a budget below it
        if (best <= COST || budget < COST) {
            return best;
        }
        for (String reading : of(latin, target)) {
            best = Math.min(best, spelling.cost(reading, Math.min(budget, best - 1) - COST) + COST);
            if (best <= COST) {
                break;
            }
        }
        return best;
    }

    /**
     * The readings of a Latin name part (lower-case ASCII) against words of {@code target}, by the languages whose
     * spelling rules it has letters for, each once and none the part itself; empty for a part none of whose letters the table reads.
     */
    public static List<String> of(String latin, Target target) {
        return READINGS.get(latin).byTarget().get(target.ordinal());
    }

    private static Readings read(String latin) {
        List<List<String>> byTarget = new ArrayList<>();
        for (Target t : Target.values()) {
            byTarget.add(read(latin, t));
        }
        return new Readings(List.copyOf(byTarget));
    }

    private static List<String> read(String latin, Target target) {
        Set<String> out = new LinkedHashSet<>();
        for (Rule[][] rules : LANGUAGES) {
            String reading = read(latin, rules, target);
            if (!reading.equals(latin)) {
                out.add(reading);
            }
        }
        return List.copyOf(out);
    }

    private static String read(String latin, Rule[][] rules, Target target) {
        StringBuilder sb = null;
        for (int j = 0; j < latin.length();) {
            Rule rule = applying(latin, j, rules, target);
            if (rule == null) {
                if (sb != null) {
                    sb.append(latin.charAt(j));
                }
                j++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(latin.length() + 2).append(latin, 0, j);
            }
            sb.append(rule.reading());
            j += rule.spelling().length();
        }
        return sb == null ? latin : sb.toString();
    }

    private static Rule applying(String latin, int j, Rule[][] rules, Target target) {
        char c = latin.charAt(j);
        if (c < 'a' || c > 'z') {
            return null;
        }
        for (Rule r : rules[c - 'a']) {
            if (r.against().contains(target) && r.appliesAt(latin, j)) {
                return r;
            }
        }
        return null;
    }

    private static List<Rule[][]> load() {
        Map<String, List<Rule>> byLanguage = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows(LatinReadings.class, "latin-readings.tsv")) {
            if (row.length != 5 || row[1].isEmpty() || !row[1].chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalStateException("latin-readings.tsv: bad row " + String.join("|", row));
            }
            Where where = Where.valueOf(row[2].replace('-', '_').toUpperCase(Locale.ROOT));
            byLanguage.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Rule(row[1], where, row[3], against(row[4])));
        }
        List<Rule[][]> out = new ArrayList<>();
        for (List<Rule> rules : byLanguage.values()) {
            rules.sort(Comparator.comparingInt((Rule r) -> -r.spelling().length()));
            Rule[][] byFirst = new Rule[26][];
            for (char c = 'a'; c <= 'z'; c++) {
                char first = c;
                byFirst[c - 'a'] = rules.stream().filter(r -> r.spelling().charAt(0) == first).toArray(Rule[]::new);
            }
            out.add(byFirst);
        }
        return List.copyOf(out);
    }

    /** The targets of the table's {@code against}: {@code all}, or target names separated by spaces. */
    private static Set<Target> against(String cell) {
        if (cell.equals("all")) {
            return EnumSet.allOf(Target.class);
        }
        Set<Target> out = EnumSet.noneOf(Target.class);
        for (String name : cell.split(" ")) {
            out.add(Target.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
