package org.clearance.names;

import com.ibm.icu.lang.UScript;

/**
 * Which script a character or a text is in, asked of ICU rather than the JDK because ICU follows the
 * newer Unicode (the Han extension blocks added since Java 17's Unicode 13 are Han here too).
 */
public final class Scripts {
    private Scripts() {}

    public static boolean isHan(int codePoint) {
        return UScript.getScript(codePoint) == UScript.HAN;
    }

    /** Whether the text holds any Han character. */
    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(Scripts::isHan);
    }

    /** Whether the text is not empty and every code point in it is Han ("有限公司"). */
    public static boolean allHan(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(Scripts::isHan);
    }

    /** Whether every letter of the text is Latin; digits, spaces and punctuation do not count. */
    public static boolean isLatin(String text) {
        return text.codePoints().filter(Character::isLetter).allMatch(c -> UScript.getScript(c) == UScript.LATIN);
    }
}
