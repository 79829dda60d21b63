package org.clearance.names.transcribed;

import static org.clearance.names.LatinLetters.isVowel;

import java.util.Arrays;
import java.util.List;
import org.clearance.names.LatinLetters;
import org.clearance.names.LatinReadings;

/**
 * How well a Latin name part spells a foreign word as Japanese, Korean or Chinese transcribes it. Every written
 * sound must be spelt by one of its Latin spellings ({@code transcription.tsv}); the vowels the script adds after
 * a consonant it cannot end on are free to leave out, as are the marks of length and doubling; a vowel spelt
 * otherwise costs a little (transcriptions bend vowels: 默 mo for the ma of Muhammad), and so do the Latin letters
 * that these scripts do not write (an h of kh or th, a silent final e, an r after a vowel, a second vowel). What
 * remains (a consonant in either that the other lacks or spells otherwise) costs a full edit.
 *
 * <p>The search is an edit distance over (written sounds) x (Latin characters), cut off as soon as every path
 * costs more than the caller's budget, which keeps the many unlike pairs of a screening cheap.
 */
public final class TranscribedAlignment {
    /** A consonant left out or spelt otherwise, on either side. */
    public static final int EDIT = 10;
    /**
     * A written vowel that the Latin spelling leaves out: these scripts write every vowel a name has, so this is
     * how Faisal would meet Fazal: dearer than a short word's budget.
     */
    static final int VOWEL_LEFT_OUT = 6;
    /**
     * A written vowel spelt by another Latin vowel: transcriptions follow the foreign pronunciation and their own
     * few vowels (穆罕默德 mu han mo de for Muhammad, ディヴィッド for David), so a changed vowel is weak evidence.
     */
    static final int VOWEL_CHANGED = 4;
    /** A Latin vowel that nothing written spells, after a consonant: the transcription would have written it. */
    static final int LATIN_VOWEL_UNWRITTEN = 5;
    /** The second of two Latin vowels that nothing spells: a long vowel or a diphthong's spelling (Saoud, Faiz). */
    static final int LATIN_SECOND_VOWEL = 2;
    /**
     * A Latin h, w or y inside a word that nothing spells: the h of kh, th, dh, gh that these scripts write as
     * the plain consonant, a length mark (Fatimah), or a glide.
     */
    static final int LATIN_GLIDE = 3;
    /** A Latin word-final e after a consonant: silent in English and French (Mike, Rose), so never transcribed. */
    static final int LATIN_SILENT_E = 3;
    /**
     * A Latin r after a vowel and before a consonant or at the end: English does not sound it, and Japanese,
     * Korean and Chinese transcriptions of English follow the sound (Albert アルバート).
     */
    static final int LATIN_POSTVOCALIC_R = 3;

    private static final int INFINITE = Integer.MAX_VALUE / 2;

    private TranscribedAlignment() {}

    /**
     * The cost of spelling {@code word} as {@code latin} (lower-case ASCII), in tenths of an edit;
     * {@code budget + 1} when it is surely more than {@code budget}.
     */
    public static int cost(TranscribedWord word, String latin, int budget) {
        // a European name is transcribed as its language says it (야누자이 Januzaj): its readings spell it too
        return LatinReadings.cost(latin, LatinReadings.Target.TRANSCRIBED, budget, (text, b) -> spelt(word, text, b));
    }

    private static int spelt(TranscribedWord word, String latin, int budget) {
        int best = search(word, latin, budget);
        // a doubled consonant is one sound, which the scripts write once, with a mark, or as the first of a cluster
        // (ワッツ, 와츠 Watts: the second t is the t of ツ, 츠 ts): its second letter is free to leave out (latinLeftOver),
        // and the word with every doubled consonant written once lets the first go instead
        String single = best > 0 ? doublesOnce(latin) : latin;
        if (single != latin) {
            best = Math.min(best, search(word, single, budget));
        }
        if (latin.indexOf('x') >= 0) {
            // Latin x writes k and s, which the scripts write as two consonants (アレクサ, 알렉사 Alexa); a word's
            // first x is an s in English, French and Portuguese (Xavier, 사비에르)
            best = Math.min(best, search(word, latin.replace("x", "ks"), budget));
            if (latin.charAt(0) == 'x') {
                best = Math.min(best, search(word, "s" + latin.substring(1), budget));
            }
        }
        return best;
    }

    /** The Latin word with each doubled consonant written once; the same string when it has none (most words). */
    private static String doublesOnce(String latin) {
        StringBuilder out = null;
        for (int j = 1; j < latin.length(); j++) {
            char ch = latin.charAt(j);
            boolean doubled = ch == latin.charAt(j - 1) && !isVowel(ch);
            if (doubled && out == null) {
                out = new StringBuilder(latin.length()).append(latin, 0, j);
            } else if (!doubled && out != null) {
                out.append(ch);
            }
        }
        return out == null ? latin : out.toString();
    }

    private static int search(TranscribedWord word, String latin, int budget) {
        List<Segment> segments = word.segments();
        int n = segments.size();
        int m = latin.length();
        if (n == 0 || m == 0) {
            return n == m ? 0 : budget + 1;
        }
        if (budget < EDIT && !everyConsonantCanBeSpelt(segments, latin)) {
            return budget + 1;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int[] row : d) {
            Arrays.fill(row, INFINITE);
        }
        d[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            Segment s = i < n ? segments.get(i) : null;
            int rowBest = INFINITE;
            for (int j = 0; j <= m; j++) {
                int c = d[i][j];
                if (c >= INFINITE) {
                    continue;
                }
                rowBest = Math.min(rowBest, c);
                if (j < m) {
                    relax(d, i, j + 1, c + latinLeftOver(latin, j));
                }
                if (s == null) {
                    continue;
                }
                for (String spelling : s.spellings()) {
                    if (latin.startsWith(spelling, j)) {
                        relax(d, i + 1, j + spelling.length(), c);
                    }
                }
                relax(d, i + 1, j, c + s.leftOut());
                if (j < m) {
                    relax(d, i + 1, j + 1, c + (s.vowel() && isLatinVowel(latin, j) ? s.changed() : EDIT));
                }
            }
            if (rowBest > budget) {
                return budget + 1;
            }
        }
        return Math.min(d[n][m], budget + 1);
    }

    /**
     * Whether the Latin part has, for every consonant the word writes, a letter one of its spellings begins with.
     * When not, the alignment costs at least an edit: screening compares a query's words with every part of fifty
     * candidates, and this settles nearly all the unlike pairs before the search.
     */
    private static boolean everyConsonantCanBeSpelt(List<Segment> segments, String latin) {
        long present = LatinLetters.of(latin);
        for (Segment s : segments) {
            if (s.written() && (s.firsts() & present) == 0) {
                return false;
            }
        }
        return true;
    }

    private static void relax(int[][] d, int i, int j, int cost) {
        if (cost < d[i][j]) {
            d[i][j] = cost;
        }
    }

    /** A Latin vowel letter, or a y after a consonant, which is one (Lysandra, Yvonne's second y aside). */
    private static boolean isLatinVowel(String latin, int j) {
        char ch = latin.charAt(j);
        return isVowel(ch) || ch == 'y' && j > 0 && !isVowel(latin.charAt(j - 1));
    }

    /** The cost of a Latin character that spells no written sound. */
    private static int latinLeftOver(String latin, int j) {
        char ch = latin.charAt(j);
        boolean afterVowel = j > 0 && isVowel(latin.charAt(j - 1));
        boolean last = j == latin.length() - 1;
        if (isVowel(ch)) {
            if (afterVowel) {
                return LATIN_SECOND_VOWEL;
            }
            return ch == 'e' && last && j > 1 ? LATIN_SILENT_E : LATIN_VOWEL_UNWRITTEN;
        }
        if (j == 0) {
            return EDIT; // a word's first h, w or y is a consonant
        }
        if (latin.charAt(j - 1) == ch) {
            return 0; // a doubled consonant, which these scripts write once or with a mark
        }
        if (ch == 'r' && afterVowel && (last || !isVowel(latin.charAt(j + 1)))) {
            return LATIN_POSTVOCALIC_R;
        }
        return ch == 'h' || ch == 'w' || ch == 'y' ? LATIN_GLIDE : EDIT;
    }
}
