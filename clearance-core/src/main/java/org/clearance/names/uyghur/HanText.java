package org.clearance.names.uyghur;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/** Han-character helpers: which code points are Han, and the toneless pinyin of a Han string. */
final class HanText {
    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

    private HanText() {}

    static boolean isHan(int codePoint) {
        return UScript.getScript(codePoint) == UScript.HAN;
    }

    static boolean containsHan(String text) {
        return text.codePoints().anyMatch(HanText::isHan);
    }

    /** Toneless pinyin, syllables joined: the reading of the Han characters no table knows. */
    static String pinyin(String han) {
        return LatinFold.letters(PINYIN.transliterate(han));
    }
}
