package org.clearance.match;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Scores as explanations write them: two decimals and a point, whatever the JVM's locale. String.format wrote the
 * default locale's decimal comma under some, and made a Formatter and looked up the locale's symbols for every number,
 * most of what explaining a result cost.
 */
final class ScoreText {
    private ScoreText() {}

    /** {@code 0.93}, {@code -0.15}: rounded half up from the double's shortest decimal form, as {@code %.2f} rounds. */
    static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        boolean negative = value < 0 || value == 0 && 1 / value < 0;
        String digits = BigDecimal.valueOf(Math.abs(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return negative ? "-" + digits : digits;
    }

    /** {@code +0.65}, {@code -0.15}: with its sign, as {@code %+.2f} writes it. */
    static String signed(double value) {
        String text = of(value);
        return text.startsWith("-") || Double.isNaN(value) ? text : "+" + text;
    }
}
