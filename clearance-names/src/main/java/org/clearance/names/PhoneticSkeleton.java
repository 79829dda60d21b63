package org.clearance.names;

/**
 * The consonant skeleton of a romanised name part, for comparing names across scripts whose
 * transliterations lose vowels and that no better knowledge covers: Syriac writes few vowels, and
 * Uyghur in Arabic script is compared so with Latin names. (Arabic and Hebrew words are aligned by
 * {@code AbjadAlignment}, foreign names in katakana, Hangul and Han by {@code TranscribedAlignment}.)
 *
 * <p>Rules, each for a reason: vowels, h, w and y are dropped (abjads omit them, transcriptions add
 * them); k, c, q, g and x share a class (voicing and spelling vary: Gim/Kim, Qasim/Kasim); s, z,
 * j and the digraphs sh, ch, zh share one (the sibilants map differently in every script); t, d
 * share one, and so do p, b, f, v (Arabic has no p, Korean no f); l and r share one (Chinese,
 * Korean and Japanese do not tell them apart); repeated classes collapse.
 */
public final class PhoneticSkeleton {
    private PhoneticSkeleton() {}

    /** The skeleton of lower-case ASCII text, e.g. "emerson" to "MRSN". */
    public static String of(String latin) {
        StringBuilder sb = new StringBuilder(latin.length());
        char last = 0;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            char next = i + 1 < latin.length() ? latin.charAt(i + 1) : 0;
            char cls;
            if ((c == 's' || c == 'c' || c == 'z') && next == 'h') {
                cls = 'S';
                i++;
            } else if (c == 'n' && next == 'g') {
                cls = 'N';
                i++;
            } else {
                cls = classOf(c);
            }
            if (cls != 0 && cls != last) {
                sb.append(cls);
            }
            if (cls != 0) {
                last = cls;
            }
        }
        return sb.toString();
    }

    private static char classOf(char c) {
        return switch (c) {
            case 'k', 'c', 'q', 'g', 'x' -> 'K';
            case 's', 'z', 'j' -> 'S';
            case 't', 'd' -> 'T';
            case 'p', 'b', 'f', 'v' -> 'P';
            case 'l', 'r' -> 'L';
            case 'm' -> 'M';
            case 'n' -> 'N';
            default -> 0;
        };
    }
}
