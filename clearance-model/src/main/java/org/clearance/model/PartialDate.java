package org.clearance.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date known to the year, the month or the day, as lists often give birth dates ("1962",
 * "Jan 1958"). Written as ISO 8601 truncated to its precision: {@code 1962}, {@code 1958-01},
 * {@code 1958-01-17}.
 *
 * @param year  the year
 * @param month 1 to 12, or 0 when unknown
 * @param day   1 to 31, or 0 when unknown (then month may still be known)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("bad month/day: " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day); // rejects 31 February and friends
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate of(YearMonth ym) {
        return new PartialDate(ym.getYear(), ym.getMonthValue(), 0);
    }

    /** Parses the ISO forms written by {@link #toString()}. */
    @JsonCreator
    public static PartialDate parseIso(String text) {
        Objects.requireNonNull(text, "text");
        String[] p = text.trim().split("-");
        try {
            return switch (p.length) {
                case 1 -> ofYear(Integer.parseInt(p[0]));
                case 2 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 0);
                case 3 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                default -> throw new IllegalArgumentException("not an ISO date: " + text);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an ISO date: " + text, e);
        }
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    @JsonValue
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        if (day == 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
