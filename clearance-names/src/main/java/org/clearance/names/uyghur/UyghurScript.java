package org.clearance.names.uyghur;

import com.ibm.icu.text.Transliterator;

/**
 * Uyghur Arabic script (UEY) and Uyghur Cyrillic (UKY) to Uyghur Latin (ULY), by the ICU rules in
 * {@code arabic-to-uly.txt} and {@code cyrillic-to-uly.txt}. Thread-safe: each compiled transliterator is shared (ICU
 * synchronises each rule set).
 */
public final class UyghurScript {
    private static final Transliterator TO_LATIN =
            Transliterator.createFromRules("ug_Arab-ug_Latn", RuleText.read("arabic-to-uly.txt"), Transliterator.FORWARD);

    private static final Transliterator FROM_CYRILLIC =
            Transliterator.createFromRules("ug_Cyrl-ug_Latn", RuleText.read("cyrillic-to-uly.txt"), Transliterator.FORWARD);
    /** Letters Kazakh writes and Uyghur does not: text with one is no Uyghur. */
    private static final String KAZAKH_ONLY = "ұіҰІ";
    /** The Uyghur letter for the vowel of Erkin (ә), which Kazakh and Tatar write too but Russian does not. */
    private static final char SCHWA = 'ә';
    private static final char SCHWA_CAPITAL = 'Ә';

    private UyghurScript() {}

    /**
     * Whether Cyrillic text may be Uyghur: it writes ә, as Uyghur writes the vowel of Erkin and Rebiye, and none of the
     * letters only Kazakh writes. A Kazakh or Tatar name without those letters reads as Uyghur too; the caller keeps
     * its other spelling beside this one.
     */
    public static boolean mayBeUyghurCyrillic(String text) {
        if (text == null || text.indexOf(SCHWA) < 0 && text.indexOf(SCHWA_CAPITAL) < 0) {
            return false;
        }
        for (int i = 0; i < KAZAKH_ONLY.length(); i++) {
            if (text.indexOf(KAZAKH_ONLY.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ULY spelling of Uyghur Cyrillic text (Рәбийә Қадир to "rebiye qadir"), lower-case; characters of other scripts
     * pass through unchanged; null or empty gives "".
     */
    public static String fromCyrillic(String cyrillic) {
        if (cyrillic == null || cyrillic.isEmpty()) {
            return "";
        }
        return FROM_CYRILLIC.transliterate(cyrillic);
    }

    /**
     * The ULY spelling of Uyghur Arabic-script text (e.g. ئەركىن to "erkin"); characters of other
     * scripts pass through unchanged; null or empty gives "".
     */
    public static String toLatin(String arabicScript) {
        if (arabicScript == null || arabicScript.isEmpty()) {
            return "";
        }
        return TO_LATIN.transliterate(arabicScript);
    }
}
