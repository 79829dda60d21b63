package org.clearance.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * The inherent vowel that Hindi, Marathi, Nepali, Bengali, Punjabi and Gujarati write and do not say, marked with
 * the script's virama so that transliteration leaves it out: सलमान is Salman, not ICU's letter-for-letter
 * "salamana"; फैसल Faisal, not "phaisala"; अब्दुल Abdul. The rule is schwa deletion as the phonology describes it
 * (Ohala 1983; Choudhury, Basu and Sarkar, "A diachronic approach for schwa deletion in Indo-Aryan languages",
 * 2004): a consonant's inherent vowel is not said at the end of a word of several syllables, unless a conjunct
 * comes before it (Chandra, Mitra), nor between a vowel and a consonant with its own vowel (V C_C V), deciding from
 * the word's end. The Dravidian scripts (Malayalam, Tamil, Telugu, Kannada) and Oriya write the virama where no vowel
 * is said, and keep their inherent vowels.
 */
public final class InherentVowels {
    /** The virama of each of these scripts sits at this offset in its Unicode block. */
    private static final int VIRAMA_OFFSET = 0x4D;
    /** Each of these scripts' blocks is 128 code points long. */
    private static final int BLOCK_MASK = 0x7F;

    private InherentVowels() {}

    /** Whether the script's languages drop the inherent vowel (Devanagari, Bengali, Gurmukhi, Gujarati). */
    public static boolean drops(int script) {
        return script == UScript.DEVANAGARI || script == UScript.BENGALI || script == UScript.GURMUKHI
                || script == UScript.GUJARATI;
    }

    /** The text with a virama after each consonant whose inherent vowel is not said. */
    public static String mark(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isIndic(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end == i) {
                out.appendCodePoint(text.codePointAt(i));
                i += Character.charCount(text.codePointAt(i));
            } else {
                word(text.substring(i, end), out);
                i = end;
            }
        }
        return out.toString();
    }

    /** What a syllable ends in. */
    private enum Vowel { NONE, INHERENT, WRITTEN }

    private static void word(String w, StringBuilder out) {
        int n = w.length();
        // per akshara: where it starts, where its consonant (with nukta) ends, and its vowel
        int[] start = new int[n];
        int[] consonantEnd = new int[n];
        Vowel[] vowel = new Vowel[n];
        boolean[] consonant = new boolean[n];
        int count = 0;
        int i = 0;
        while (i < n) {
            int cp = w.codePointAt(i);
            int category = UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY);
            start[count] = i;
            i += Character.charCount(cp);
            if (category == UCharacter.IndicSyllabicCategory.CONSONANT) {
                consonant[count] = true;
                while (i < n && category(w, i) == UCharacter.IndicSyllabicCategory.NUKTA) {
                    i++;
                }
                consonantEnd[count] = i;
                vowel[count] = Vowel.INHERENT;
                if (i < n && category(w, i) == UCharacter.IndicSyllabicCategory.VIRAMA) {
                    vowel[count] = Vowel.NONE;
                    i++;
                } else {
                    while (i < n && category(w, i) == UCharacter.IndicSyllabicCategory.VOWEL_DEPENDENT) {
                        vowel[count] = Vowel.WRITTEN;
                        i++;
                    }
                }
            } else {
                consonantEnd[count] = i;
                vowel[count] = category == UCharacter.IndicSyllabicCategory.VOWEL_INDEPENDENT ? Vowel.WRITTEN : Vowel.NONE;
            }
            // a nasal or visarga on an inherent vowel says it (कं kam)
            while (i < n && (category(w, i) == UCharacter.IndicSyllabicCategory.BINDU
                    || category(w, i) == UCharacter.IndicSyllabicCategory.VISARGA)) {
                if (vowel[count] == Vowel.INHERENT) {
                    vowel[count] = Vowel.WRITTEN;
                }
                i++;
            }
            count++;
        }
        boolean[] dropped = new boolean[count];
        int last = count - 1;
        if (count > 1 && consonant[last] && vowel[last] == Vowel.INHERENT && vowel[last - 1] != Vowel.NONE) {
            dropped[last] = true;
        }
        for (int k = last - 1; k >= 1; k--) {
            if (consonant[k] && vowel[k] == Vowel.INHERENT && vowel[k - 1] != Vowel.NONE
                    && consonant[k + 1] && vowel[k + 1] != Vowel.NONE && !dropped[k + 1]) {
                dropped[k] = true;
            }
        }
        for (int k = 0; k < count; k++) {
            int end = k + 1 < count ? start[k + 1] : n;
            out.append(w, start[k], consonantEnd[k]);
            if (dropped[k]) {
                out.appendCodePoint((w.codePointAt(start[k]) & ~BLOCK_MASK) + VIRAMA_OFFSET);
            }
            out.append(w, consonantEnd[k], end);
        }
    }

    private static int category(String w, int i) {
        return UCharacter.getIntPropertyValue(w.codePointAt(i), UProperty.INDIC_SYLLABIC_CATEGORY);
    }

    /** Whether a character is of a script that drops the inherent vowel, and not a digit or danda. */
    private static boolean isIndic(int cp) {
        return drops(UScript.getScript(cp)) && UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY)
                != UCharacter.IndicSyllabicCategory.OTHER;
    }
}
