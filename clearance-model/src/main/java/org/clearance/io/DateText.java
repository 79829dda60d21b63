package org.clearance.io;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.model.PartialDate;

/**
 * Reads the date spellings that list publishers use ("1962", "Jan 1958", "17 Jan 1958",
 * "1958-01-17", "17/01/1958", "circa 1960", "01/17/1958" in US files) into partial dates.
 */
public final class DateText {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:T.*)?");
    private static final Pattern DAY_MON_YEAR = Pattern.compile("(?:(\\d{1,2})[ -])?([A-Za-z]{3,9})\\.?,?[ -](\\d{4})");
    private static final Pattern MON_DAY_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern APPROX = Pattern.compile("(?i)^(?:circa|ca\\.?|c\\.|approximately|approx\\.?|about)\\s+");

    private static final DateTimeFormatter US_SLASHED = new DateTimeFormatterBuilder()
            .appendPattern("M/d/uuuu").toFormatter(Locale.ROOT);

    private DateText() {}

    /**
     * Parses one date. {@code dayFirst} says how to read {@code 01/02/1958}: true for most
     * publishers, false for US files.
     *
     * @return the date, or null when the text is not a date this reads
     */
    public static PartialDate parse(String text, boolean dayFirst) {
        if (text == null) {
            return null;
        }
        String t = APPROX.matcher(text.strip()).replaceFirst("");
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                return new PartialDate(y, mo, d);
            }
            m = DAY_MON_YEAR.matcher(t);
            if (m.matches()) {
                Integer mo = month(m.group(2));
                if (mo != null) {
                    int d = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                    return new PartialDate(Integer.parseInt(m.group(3)), mo, d);
                }
            }
            m = MON_DAY_YEAR.matcher(t);
            if (m.matches()) {
                Integer mo = month(m.group(1));
                if (mo != null) {
                    return new PartialDate(Integer.parseInt(m.group(3)), mo, Integer.parseInt(m.group(2)));
                }
            }
            m = SLASHED.matcher(t);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int y = Integer.parseInt(m.group(3));
                return dayFirst ? new PartialDate(y, b, a) : new PartialDate(y, a, b);
            }
        } catch (IllegalArgumentException e) {
            return null; // a date-shaped text that is no date, such as 31 Feb
        }
        return null;
    }

    /** Parses a full US-style {@code MM/dd/yyyy} date, or returns null. */
    public static LocalDate parseUs(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip(), US_SLASHED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Parses a date and returns it as a full LocalDate only when it has a day, else null. */
    public static LocalDate parseFull(String text, boolean dayFirst) {
        PartialDate d = parse(text, dayFirst);
        return d == null || !d.hasDay() ? null : LocalDate.of(d.year(), d.month(), d.day());
    }

    private static Integer month(String word) {
        return word.length() < 3 ? null : MONTHS.get(word.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
