package org.clearance.names.uyghur;

import com.ibm.icu.text.Transliterator;

/**
 * Uyghur Arabic script (UEY) to Uyghur Latin (ULY), by the ICU rules in {@code arabic-to-uly.txt}.
 * Thread-safe: the one compiled transliterator is shared (ICU synchronises each rule set).
 */
public final class UyghurScript {
    private static final Transliterator TO_LATIN =
            Transliterator.createFromRules("ug_Arab-ug_Latn", RuleText.read("arabic-to-uly.txt"), Transliterator.FORWARD);

    private UyghurScript() {}

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
