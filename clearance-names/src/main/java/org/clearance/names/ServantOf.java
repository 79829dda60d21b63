package org.clearance.names;

/**
 * The Latin spellings of Arabic theophoric names, 'Abd al-X ("servant of X"): Abdulaziz, Abdelaziz, Abd al-Aziz,
 * Abdoulaziz, and with the article's lam assimilated, Abdurrahman. Each reads as "abdal" and X, so that two
 * spellings meet, and so do a spelling written in two parts ("Abdel Aziz") and one written joined.
 */
public final class ServantOf {
    private static final String PREFIX = "abd";
    /** The article's vowels after abd: none (abdl is no spelling), u, e, a, o, ou, ul... at most two letters. */
    private static final int MAX_VOWELS = 2;
    /** The consonants the article's lam assimilates to in Latin spellings (the Arabic sun letters' spellings). */
    private static final String SUN = "tdrzsnl";

    private ServantOf() {}

    /** The reading of a comparable part ("abdalaziz" for abdulaziz), or null when it is no such spelling. */
    public static String reading(String part) {
        if (!part.startsWith(PREFIX)) {
            return null;
        }
        int i = PREFIX.length();
        while (i < part.length() && i < PREFIX.length() + MAX_VOWELS && isVowel(part.charAt(i))) {
            i++;
        }
        if (i == PREFIX.length() || i >= part.length()) {
            return null; // Abdi, Abdu: names of their own
        }
        char c = part.charAt(i);
        if (c == 'l') {
            return PREFIX + "al" + part.substring(i + 1);
        }
        // Abdurrahman, Abdussalam: the article written as the next name's first letter, doubled
        if (i + 1 < part.length() && part.charAt(i + 1) == c && SUN.indexOf(c) >= 0) {
            return PREFIX + "al" + part.substring(i + 1);
        }
        return null;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
