package org.clearance.names.abjad;

/**
 * A coarse key of the consonants a name is written with, the same for a word in an abjad and for its Latin
 * spellings: vowels, glides (w, y) and the letters an abjad may leave silent are dropped, and consonant
 * spellings are folded to one letter each (kh x, sh and ch S, th t, q k). احمد, Ahmad, Ahmed and Hamid all key
 * "hmd". It is too coarse to match names with; it tells how common a word written in an abjad is, by how many
 * list names carry a Latin part of the same key: the lists write names in Latin, so a word's own
 * letters are in few of them.
 */
public final class ConsonantKey {
    private ConsonantKey() {}

    /** The key of a Latin part (lower-case ASCII). */
    public static String ofLatin(String latin) {
        StringBuilder sb = new StringBuilder(latin.length());
        int n = latin.length();
        for (int i = 0; i < n; i++) {
            char c = latin.charAt(i);
            char next = i + 1 < n ? latin.charAt(i + 1) : 0;
            char k;
            if (next == 'h' && "kgsctdzp".indexOf(c) >= 0) {
                k = switch (c) {
                    case 'k' -> 'x';
                    case 's', 'c' -> 'S';
                    case 'z' -> 'j';
                    case 'p' -> 'f';
                    default -> c; // gh g, th t, dh d
                };
                i++;
            } else if (c == 'h' && i == n - 1 && i > 0 && isVowel(latin.charAt(i - 1))) {
                continue; // a final vowel written with h (Fatimah, Abdullah), which the abjad writes as a vowel
            } else {
                k = switch (c) {
                    case 'a', 'e', 'i', 'o', 'u', 'w', 'y', '\'' -> 0;
                    case 'q', 'c' -> 'k';
                    case 'v' -> 'f';
                    case 'p' -> 'b';
                    default -> c;
                };
            }
            if (k != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != k)) {
                sb.append(k);
            }
        }
        return sb.toString();
    }

    /** The key of a word's letters (from {@link AbjadLetters#of}): each consonant as its first Latin spelling. */
    public static String ofLetters(String letters) {
        StringBuilder latin = new StringBuilder(letters.length() * 2);
        for (int i = 0; i < letters.length(); i++) {
            AbjadLetters.Letter l = AbjadLetters.letter(letters.charAt(i));
            boolean consonant = l.kind() == AbjadLetters.Kind.CONSONANT || l.kind() == AbjadLetters.Kind.FINAL && i < letters.length() - 1;
            // a vowel between the spellings keeps "k"+"h" (two letters) from reading as kh
            latin.append(consonant ? l.spellings()[0] : "").append('a');
        }
        return ofLatin(latin.toString());
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
