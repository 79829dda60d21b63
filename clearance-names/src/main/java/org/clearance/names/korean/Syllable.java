package org.clearance.names.korean;

/**
 * One modern Hangul syllable as its three jamo, by their index in Unicode's order (Unicode §3.12, "Conjoining Jamo
 * Behavior": the same split {@code java.text.Normalizer} NFD makes, done by arithmetic so no table is needed).
 *
 * @param initial 0..18, index in {@link #INITIALS} (11 is the silent ㅇ)
 * @param medial  0..20, index in {@link #MEDIALS}
 * @param fin     0..27: 0 when there is no final consonant, else 1 + index in {@link #FINALS}
 */
record Syllable(int initial, int medial, int fin) {
    /** The 19 initial consonants, 21 vowels and 27 final consonants of modern Hangul, in Unicode's order. */
    static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    static final String MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    static final String FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

    private static final int FIRST = 0xAC00;
    private static final int LAST = 0xD7A3;
    private static final int MEDIAL_COUNT = 21;
    private static final int FINAL_COUNT = 28;

    static boolean isSyllable(int codePoint) {
        return codePoint >= FIRST && codePoint <= LAST;
    }

    /** The jamo of a precomposed syllable; the caller checks {@link #isSyllable} first. */
    static Syllable of(int codePoint) {
        int offset = codePoint - FIRST;
        return new Syllable(offset / (MEDIAL_COUNT * FINAL_COUNT), offset % (MEDIAL_COUNT * FINAL_COUNT) / FINAL_COUNT,
                offset % FINAL_COUNT);
    }

    /** The precomposed syllable again. */
    int codePoint() {
        return FIRST + (initial * MEDIAL_COUNT + medial) * FINAL_COUNT + fin;
    }

    static int initialIndex(char jamo) {
        return index(INITIALS, jamo);
    }

    static int medialIndex(char jamo) {
        return index(MEDIALS, jamo);
    }

    /** The value {@link #fin()} has for this final consonant (1-based, 0 meaning none). */
    static int finalIndex(char jamo) {
        return index(FINALS, jamo) + 1;
    }

    boolean hasFinal() {
        return fin != 0;
    }

    private static int index(String order, char jamo) {
        int i = order.indexOf(jamo);
        if (i < 0) {
            throw new IllegalArgumentException("no modern jamo: " + jamo);
        }
        return i;
    }
}
