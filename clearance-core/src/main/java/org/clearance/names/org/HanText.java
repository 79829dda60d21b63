package org.clearance.names.org;

import com.ibm.icu.lang.UScript;

/** Script tests on Chinese-character text. */
final class HanText {
    private HanText() {}

    /** True when every code point is a Han character (the tables' Han entries, "有限公司"). */
    static boolean isHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(HanText::isHan);
    }

    static boolean isHan(int codePoint) {
        return UScript.getScript(codePoint) == UScript.HAN;
    }
}
