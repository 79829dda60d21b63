package org.clearance.names.uyghur;

import com.ibm.icu.text.Normalizer2;

/**
 * Folds a Latin spelling to the bare lower-case ASCII letters the tables are keyed on: ULY
 * ö ü é (and ë) lose their marks, apostrophes, spaces and hyphens go, so "Mai-mai ti" and
 * "maimaiti" are one key.
 */
final class LatinFold {
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

    private LatinFold() {}

    static String letters(CharSequence text) {
        if (text == null || text.length() == 0) {
            return "";
        }
        String decomposed = NFKD.normalize(text);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c == 'ı') {
                // Turkish dotless i (Ablımit) has no decomposition.
                out.append('i');
            } else if (c == 'ə') {
                // Schwa: the Latin letter for Uyghur e in the Soviet-era and Azeri-style spellings.
                out.append('e');
            }
        }
        return out.toString();
    }
}
