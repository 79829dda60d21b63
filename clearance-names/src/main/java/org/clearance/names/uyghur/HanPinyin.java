package org.clearance.names.uyghur;

import com.ibm.icu.text.Transliterator;

/** The toneless pinyin of a Han string. */
final class HanPinyin {
    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

    private HanPinyin() {}

    /** Toneless pinyin, syllables joined: the reading of the Han characters no table knows. */
    static String of(String han) {
        return LatinFold.letters(PINYIN.transliterate(han));
    }
}
