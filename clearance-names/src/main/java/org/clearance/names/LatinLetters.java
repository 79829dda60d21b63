package org.clearance.names;

/**
 * Sets of lower-case Latin letters as bits of a long, for aligning a name written in another script with a Latin
 * spelling: a Latin part that lacks the first letter of every spelling of a written consonant cannot spell it, and
 * comparing two such sets settles most unlike pairs before any search (AbjadAlignment, TranscribedAlignment).
 */
public final class LatinLetters {
    private LatinLetters() {}

    /** The letters of a lower-case ASCII text, a-z apart by their low six bits (a shift takes only those). */
    public static long of(String latin) {
        long set = 0;
        for (int j = 0; j < latin.length(); j++) {
            set |= 1L << latin.charAt(j);
        }
        return set;
    }

    /** The first letters of some spellings. */
    public static long firsts(String[] spellings) {
        long set = 0;
        for (String s : spellings) {
            set |= 1L << s.charAt(0);
        }
        return set;
    }

    public static boolean isVowel(char ch) {
        return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
    }
}
