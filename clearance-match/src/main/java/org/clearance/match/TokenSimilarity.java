package org.clearance.match;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two comparable name parts are as strings, in [0, 1]. Exact parts score 1; a typo in a
 * long part scores by Jaro-Winkler; an initial against the word it abbreviates scores
 * {@link MatchConfig#initialMatch()}. Short parts must be exact: "li" and "lu" are different Chinese family
 * names, not a typo. Sound (Double Metaphone, {@link MatchConfig#phoneticMatch()}) is judged by the caller,
 * which has the codes precomputed.
 *
 * <p>The figures that decide are settings of {@link MatchConfig}, read into fields once per configuration. The
 * constants left here are no decision: the Double Metaphone code length is what retrieval indexes, and the
 * Winkler figures and the bound's margin are Jaro-Winkler's own (Commons Text's), which must not drift.
 */
final class TokenSimilarity {
    private final int minFuzzyLength;
    private final double minLengthRatio;
    private final double editBudgetBase;
    private final double initial;

    TokenSimilarity(MatchConfig config) {
        minFuzzyLength = config.minFuzzyLength();
        minLengthRatio = config.minLengthRatio();
        editBudgetBase = config.editBudgetBase();
        initial = config.initialMatch();
    }

    /** Codes long enough to tell "salman" from "salmanovich" (the default of 4 does not). */
    static final int PHONETIC_CODE_LENGTH = 8;
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(PHONETIC_CODE_LENGTH);
        return m;
    });

    double of(String a, String b) {
        return of(a, b, 0);
    }

    /**
     * The similarity when it is at least {@code floor}; when it is surely below, or the parts surely differ by more
     * edits than their budget, 0 without the Jaro-Winkler run. Scoring compares every part of a query with every
     * part of 50 candidates' names, nearly all of them unlike, and cheap bounds settle most such pairs.
     */
    double of(String a, String b, double floor) {
        return of(a, letters(a), b, letters(b), floor);
    }

    /** {@link #of(String, String, double)} with each part's {@link #letters} given, as {@link Token} keeps them. */
    /**
     * Whether two different parts of these lengths and {@link #letters} are surely neither a typo nor a doubled-letter
     * spelling of one another ({@link #of} gives 0), nor a short-name typo ({@link #shortTypo}, parts of one length) nor
     * one consonant apart (lengths at most one apart): as {@link #of}'s edit budget refuses them, decided without
     * reading either text. Most pairs of parts a screening compares are.
     */
    boolean surelyApart(int lengthA, long lettersA, int lengthB, long lettersB) {
        if (lengthA < 2 || lengthB < 2 || Math.abs(lengthA - lengthB) < 2 || lettersA == lettersB) {
            return false;
        }
        return leastEdits(lengthA, lettersA, lengthB, lettersB) > editBudget(Math.max(lengthA, lengthB));
    }

    /**
     * The fewest edits that can turn one different part into the other: as many as their lengths differ by, one for
     * each letter one has that the other lacks, and one at least.
     */
    private static int leastEdits(int lengthA, long lettersA, int lengthB, long lettersB) {
        return Math.max(Math.max(1, Math.abs(lengthA - lengthB)),
                Math.max(Long.bitCount(lettersA & ~lettersB), Long.bitCount(lettersB & ~lettersA)));
    }

    double of(String a, long lettersA, String b, long lettersB, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.length() == 1 || b.length() == 1) {
            return (a.length() == 1 ? b : a).charAt(0) == (a.length() == 1 ? a : b).charAt(0) ? initial : 0;
        }
        // parts one spelling but for doubled letters have the same letters: most pairs are refused by that at once
        if (a.length() != b.length() && lettersA == lettersB && Math.min(a.length(), b.length()) >= MIN_DOUBLED_LENGTH
                && !isNumber(a) && sameButDoubled(a, b)) {
            return jaroWinkler(a, b); // Isa and Issa, Hasan and Hassan: whatever their length and the edit budget
        }
        if (!comparableLength(a, b) || isNumber(a) || isNumber(b)) {
            return 0;
        }
        // Jaro-Winkler rates two different names that share a start and letters (Marina, Martinez) as high as a
        // typo; a near spelling counts only within the edit budget of the longer part's length, so that a letter
        // left out of a short part (Saed for Saeed, Ibal for Iqbal) is still a typo. Two parts that differ need an
        // edit, as many as their lengths differ by and one for each character of one that the other lacks: past the
        // budget they are refused before Jaro-Winkler is run (at or above the floor it would refuse them, below it
        // the caller takes it as 0), which settles every pair of four letters and most longer ones. The letters one
        // lacks of the other's, counted from the sets of letters alone, settle most pairs before their characters are
        int budget = editBudget(Math.max(a.length(), b.length()));
        if (leastEdits(a.length(), lettersA, b.length(), lettersB) > budget) {
            return 0;
        }
        int inA = countIn(a, lettersB);
        int inB = countIn(b, lettersA);
        if (Math.max(a.length() - inA, b.length() - inB) > budget || jaroWinklerBound(a, b, Math.min(inA, inB)) < floor - BOUND_MARGIN) {
            return 0;
        }
        double jw = jaroWinkler(a, b);
        return jw >= floor && !withinBudget(a, b, budget) ? 0 : jw;
    }

    /**
     * Whether the parts are one spelling but for letters written doubled or single (Isa, Issa; Mohamed, Mohammed;
     * Ali, Alli): transliterations write a geminate consonant (the shadda) or a long vowel either way, and users
     * double letters or leave one out, so it is no other name however short.
     */
    static boolean sameButDoubled(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char c = a.charAt(i);
            if (c != b.charAt(j)) {
                return false;
            }
            while (i < a.length() && a.charAt(i) == c) {
                i++;
            }
            while (j < b.length() && b.charAt(j) == c) {
                j++;
            }
        }
        return i == a.length() && j == b.length();
    }

    /** Parts this short or longer compare with their letters doubled or single ({@link #sameButDoubled}): Li is no Lli. */
    static final int MIN_DOUBLED_LENGTH = 3;

    /**
     * The similarity of two parts of minFuzzyLength letters that differ in one vowel or by two neighbours
     * swapped, the first letter kept, else 0: the edit budget allows them no edit, for one letter makes another name
     * (Amir, Amin), but vowels are what spellings and transliterations of one name vary in (Kony, Konu); the caller
     * asks only where the lists do not know both as names (Omar, Omer may be a typo, Rami and Rama are both names).
     * A consonant changed makes another name (Joao, Joko; Maya, Mata).
     */
    double shortTypo(String a, String b) {
        if (a.length() != minFuzzyLength || b.length() != minFuzzyLength || a.charAt(0) != b.charAt(0)) {
            return 0;
        }
        int first = 1;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        if (first == a.length()) {
            return 0;
        }
        boolean vowelChanged = a.regionMatches(first + 1, b, first + 1, a.length() - first - 1)
                && isSpeltVowel(a.charAt(first)) && isSpeltVowel(b.charAt(first));
        boolean swapped = first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
        return vowelChanged || swapped ? jaroWinkler(a, b) : 0;
    }

    /** The letters that spell vowels in Latin transliterations of names, y among them (Kony, Konu). */
    private static boolean isSpeltVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /**
     * Whether the parts differ by at most {@code budget} edits, transpositions counting one. The full
     * Damerau-Levenshtein matrix is built only when the bounded Levenshtein distance (cheap, and never below
     * it, never above twice it) cannot tell.
     */
    private static boolean withinBudget(String a, String b, int budget) {
        if (budget == 0 || Math.abs(a.length() - b.length()) > budget) {
            return false; // the parts differ (equal ones were answered before), or by more letters than the budget
        }
        // -1 past twice the budget; budgets past the default's longest (a smaller editBudgetBase) are bounded as asked
        int levenshtein = (budget < BOUNDED.length ? BOUNDED[budget] : new LevenshteinDistance(2 * budget)).apply(a, b);
        return levenshtein >= 0 && (levenshtein <= budget || DAMERAU.apply(a, b) <= budget);
    }

    /**
     * Whether the parts differ by one consonant: changed for another (Marc, Mark) or added (Jon, John). A vowel changed or
     * added makes another short name (Omar, Amar; Mario, Maria), which one phonetic code may still give both.
     */
    static boolean oneConsonantApart(String a, String b) {
        if (a.length() == b.length()) {
            int differ = -1;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (differ >= 0) {
                        return false;
                    }
                    differ = i;
                }
            }
            return differ >= 0 && !isVowel(a.charAt(differ)) && !isVowel(b.charAt(differ));
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return !isVowel(longer.charAt(i)) && longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    /** Longer parts are cut at {@link org.clearance.names.NameText#MAX_CHARS}, which bounds every budget. */
    private static final int MAX_BUDGETED_LENGTH = org.clearance.names.NameText.MAX_CHARS;
    private static final double DEFAULT_BASE = MatchConfig.EDIT_BUDGET_BASE.defaultValue();
    /**
     * {@link #editBudget} of the default base by length, up to the longest part: it is asked for every pair of parts compared,
     * two logarithms each time.
     */
    private static final int[] DEFAULT_BUDGETS = java.util.stream.IntStream.rangeClosed(0, MAX_BUDGETED_LENGTH)
            .map(length -> editBudget(length, DEFAULT_BASE)).toArray();
    /** Levenshtein distances bounded at twice each budget, by budget, for every budget of the default base. */
    private static final LevenshteinDistance[] BOUNDED = java.util.stream.IntStream
            .rangeClosed(0, editBudget(MAX_BUDGETED_LENGTH, DEFAULT_BASE))
            .mapToObj(b -> new LevenshteinDistance(2 * b)).toArray(LevenshteinDistance[]::new);

    /**
     * The edits a part of this length may differ by and still be a spelling of the same name: with the default
     * {@link MatchConfig#editBudgetBase()}, 0 up to four letters, 1 up to seven, 2 up to fourteen, the logarithm of
     * the length less two, as nomenklatura's name comparison budgets them (OpenSanctions, logic-v2): one typo in a
     * long name, none in a short one, where one letter makes another name (Li, Lu; Omar, Amar).
     */
    int editBudget(int length) {
        return editBudgetBase == DEFAULT_BASE && length < DEFAULT_BUDGETS.length ? DEFAULT_BUDGETS[length] : editBudget(length, editBudgetBase);
    }

    private static int editBudget(int length, double base) {
        return length <= 2 ? 0 : (int) Math.floor(Math.log(length - 2) / Math.log(base));
    }
    /** Transpositions count as one edit (Mohammed, Mohammde), as in nomenklatura's budget. */
    private static final DamerauLevenshteinDistance DAMERAU = new DamerauLevenshteinDistance();

    private static final org.apache.commons.text.similarity.JaroWinklerSimilarity COMMONS_JARO_WINKLER =
            new org.apache.commons.text.similarity.JaroWinklerSimilarity();

    /** Keeps rounding in the bound from ever deciding a pair that Jaro-Winkler would put at the floor. */
    private static final double BOUND_MARGIN = 1e-9;
    /** Commons Text's Winkler prefix: at most four letters, each adding a tenth of what Jaro leaves. */
    private static final int WINKLER_PREFIX = 4;
    private static final double WINKLER_SCALE = 0.1;
    private static final double WINKLER_FROM = 0.7;

    /**
     * Jaro-Winkler similarity exactly as Commons Text's {@code JaroWinklerSimilarity} (1.15) computes it, the same
     * figure to the last bit: matching characters within half the longer part's length, half transpositions, and
     * the Winkler boost of a common prefix of up to four characters from 0.7. Commons Text compares the characters
     * boxed, through its generic {@code SimilarityInput} and {@code Objects.equals}, which made its Jaro-Winkler
     * 12% of {@code clearance bench screen} on two cores ({@code Objects.equals} alone 7%, JFR); on the parts'
     * characters directly it costs a fraction of that.
     */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int range = Math.max(longer.length() / 2 - 1, 0);
        if (longer.length() > Long.SIZE) {
            return COMMONS_JARO_WINKLER.apply(a, b); // no name part is this long but a hostile one
        }
        // the characters taken, as bits: two arrays for every pair compared were a tenth of the comparison's time
        long takenInShorter = 0;
        long takenInLonger = 0;
        int matches = 0;
        for (int i = 0; i < shorter.length(); i++) {
            char c = shorter.charAt(i);
            for (int j = Math.max(i - range, 0), end = Math.min(i + range + 1, longer.length()); j < end; j++) {
                if ((takenInLonger & 1L << j) == 0 && c == longer.charAt(j)) {
                    takenInShorter |= 1L << i;
                    takenInLonger |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        // the matched characters of each part in its own order, compared pairwise
        int halfTranspositions = 0;
        for (int i = 0, j = 0; i < shorter.length(); i++) {
            if ((takenInShorter & 1L << i) != 0) {
                while ((takenInLonger & 1L << j) == 0) {
                    j++;
                }
                if (shorter.charAt(i) != longer.charAt(j++)) {
                    halfTranspositions++;
                }
            }
        }
        int prefix = 0;
        while (prefix < Math.min(WINKLER_PREFIX, shorter.length()) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - (double) halfTranspositions / 2) / m) / 3;
        return jaro < WINKLER_FROM ? jaro : jaro + WINKLER_SCALE * prefix * (1 - jaro);
    }

    /**
     * An upper bound of {@link #jaroWinkler}: each of Jaro's matching characters is a letter of
     * either part that the other part also has, transpositions can only lower the figure, and the
     * Winkler boost grows with Jaro and with the common prefix, which is counted exactly. Letters are
     * told apart by their low six bits (a-z all apart); characters that share them (p and 0) only make
     * the bound higher.
     */
    static double jaroWinklerBound(String a, String b) {
        return jaroWinklerBound(a, b, Math.min(countIn(a, letters(b)), countIn(b, letters(a))));
    }

    /** @param common the characters of the part with fewer that the other part's letters hold ({@link #countIn}) */
    private static double jaroWinklerBound(String a, String b, int common) {
        if (common == 0) {
            return 0;
        }
        double jaro = ((double) common / a.length() + (double) common / b.length() + 1) / 3;
        if (jaro < WINKLER_FROM) {
            return jaro;
        }
        int prefix = 0;
        while (prefix < Math.min(WINKLER_PREFIX, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + WINKLER_SCALE * prefix * (1 - jaro);
    }

    /** The letters of a part as a set of bits, for {@link #jaroWinklerBound}. */
    static long letters(String s) {
        long set = 0;
        for (int i = 0; i < s.length(); i++) {
            set |= 1L << s.charAt(i); // a shift takes the low six bits of its distance
        }
        return set;
    }

    /** How many characters of {@code s} are in {@code letters}. */
    private static int countIn(String s, long letters) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if ((letters & (1L << s.charAt(i))) != 0) {
                n++;
            }
        }
        return n;
    }

    /** Whether two parts are close enough in length to be spellings of one word. */
    boolean comparableLength(String a, String b) {
        int min = Math.min(a.length(), b.length());
        return min >= minFuzzyLength && (double) min / Math.max(a.length(), b.length()) >= minLengthRatio;
    }

    /** The primary Double Metaphone code, the key candidate retrieval also indexes. */
    static String phonetic(String token) {
        return METAPHONE.get().doubleMetaphone(token);
    }

    /**
     * Whether one part is the other with another ending: letters added to its end (Martin, Martinez; Daniel,
     * Danielle; Mohammad, Mohammadi) or its last vowel changed (Mario, Maria). Names make their patronymic, feminine
     * and family forms so (Spanish -ez, Romance -a and -o, the Arabic and Persian nisba -i), which Jaro-Winkler rates
     * as high as a typo, since it weighs a shared start most. An added h or s is left out: the h that Latin writes for
     * a final ta marbuta or for none (Abdulla, Abdullah) and a plural (Holding, Holdings) are spellings of one name.
     * Whether both forms are names of their own the caller judges.
     */
    boolean anotherEnding(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int added = longer.length() - shorter.length();
        if (shorter.length() < minFuzzyLength) {
            return false; // an initial or a short part, no name that another ending was added to (J, Jose)
        }
        if (added == 0) {
            int last = a.length() - 1;
            return last > 0 && a.regionMatches(0, b, 0, last) && isVowel(a.charAt(last)) && isVowel(b.charAt(last))
                    && a.charAt(last) != b.charAt(last);
        }
        // the ending is cut out only of the few pairs one of which begins with the other: it is asked of every pair of
        // known names that are alike
        return added <= MAX_ADDED_ENDING && longer.startsWith(shorter) && !SPELLING_ENDINGS.contains(longer.substring(shorter.length()));
    }

    /** The longest ending that makes another name of a name (-ez, -ova, -ian are at most three letters). */
    static final int MAX_ADDED_ENDING = 3;
    /** Endings added that spell the same name (see {@link #anotherEnding}). */
    private static final java.util.Set<String> SPELLING_ENDINGS = java.util.Set.of("h", "s");

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    static boolean isNumber(String t) {
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }
}
