package org.clearance.match;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One declared setting of the matcher: what a request or the command line may change, within which
 * range, and why it has its default. {@link MatchConfig#SETTINGS} lists them all; the values live in
 * {@link MatchConfig}'s fields, so that the scorer reads plain fields and never looks a name up.
 *
 * @param name         as requests and {@code --set} write it ({@code extraQueryWeight})
 * @param type         a decimal or a whole number
 * @param defaultValue what {@link MatchConfig#DEFAULT} holds
 * @param min          the least value accepted
 * @param max          the greatest value accepted
 * @param description  one sentence: what the setting changes and why it has its default
 */
public record Setting(String name, Type type, double defaultValue, double min, double max, String description) {
    /** How a setting's value is written and read. */
    public enum Type {
        DOUBLE, INT;

        /** As tables show it: {@code double}, {@code int}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Setting {
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
        if (type == Type.INT && (defaultValue != Math.rint(defaultValue) || min != Math.rint(min) || max != Math.rint(max))) {
            throw new IllegalArgumentException(name + ": a whole-number setting needs whole default and bounds");
        }
    }

    static Setting decimal(String name, double defaultValue, double min, double max, String description) {
        return new Setting(name, Type.DOUBLE, defaultValue, min, max, description);
    }

    static Setting whole(String name, int defaultValue, int min, int max, String description) {
        return new Setting(name, Type.INT, defaultValue, min, max, description);
    }

    /**
     * A value as a caller wrote it, checked against the type and range.
     *
     * @throws IllegalArgumentException naming this setting, the value and the range
     */
    public double parse(String text) {
        String v = text == null ? "" : text.strip();
        double d;
        try {
            d = type == Type.INT ? Integer.parseInt(v) : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + name + "': '" + text + "' is not a "
                    + (type == Type.INT ? "whole number" : "number") + " (range " + range() + ")");
        }
        return check(d, v);
    }

    /** A value given as a number, checked against the range (and, for a whole-number setting, the type). */
    public double check(double value) {
        if (type == Type.INT && value != Math.rint(value)) {
            throw new IllegalArgumentException("setting '" + name + "': " + format(value) + " is not a whole number (range "
                    + range() + ")");
        }
        return check(value, format(value));
    }

    private double check(double value, String written) {
        // written this way round so that NaN fails too
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("setting '" + name + "': " + written + " is out of range " + range());
        }
        return value;
    }

    /** {@code [0, 1]}. */
    public String range() {
        return "[" + format(min) + ", " + format(max) + "]";
    }

    /** A value of this setting as a person writes it: {@code 50}, {@code 0.7}, not {@code 50.0} or {@code 0.7000}. */
    public String format(double value) {
        if (type == Type.INT || value == Math.rint(value) && !Double.isInfinite(value)) {
            return Long.toString((long) value);
        }
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : Double.toString(value);
    }
}
