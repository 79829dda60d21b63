package org.clearance.lists.uk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.io.DateText;
import org.clearance.model.PartialDate;

/**
 * How the UK lists write values: several in one field as {@code (1) Russia (2) Ukraine}, and dates as
 * {@code dd/mm/yyyy} with {@code 00} (OFSI) or the letters {@code dd}/{@code mm} (FCDO) for the parts
 * nobody knows.
 */
final class UkValues {
    /** The "(1) ", "(2) " markers that number the values of a multi-valued field. */
    private static final Pattern NUMBERED = Pattern.compile("\\(\\d{1,2}\\)\\s*");

    /** FCDO's placeholders for an unknown day or month, as in {@code dd/mm/1945}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\b(?:dd|mm)(?=/)");

    private UkValues() {}

    /** The values of a field: split at its (n) markers, or the whole text when it has none. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        if (text.indexOf('(') < 0) { // most fields hold one value: skip the matcher
            out.add(text.strip());
            return out;
        }
        Matcher m = NUMBERED.matcher(text);
        if (!m.find() || m.start() > 0 && !text.substring(0, m.start()).isBlank()) {
            out.add(text.strip());
            return out;
        }
        int from = m.end();
        while (m.find()) {
            addStripped(out, text.substring(from, m.start()));
            from = m.end();
        }
        addStripped(out, text.substring(from));
        return out;
    }

    /** A day-first date with unknown parts zeroed, or null when it is no date. */
    static PartialDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        boolean placeholders = t.indexOf('d') >= 0 || t.indexOf('D') >= 0 || t.indexOf('m') >= 0 || t.indexOf('M') >= 0;
        return DateText.parse(placeholders ? PLACEHOLDER.matcher(t).replaceAll("00") : t, true);
    }

    private static void addStripped(List<String> out, String value) {
        String v = value.strip();
        if (v.endsWith(",") || v.endsWith(";")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        if (!v.isEmpty()) {
            out.add(v);
        }
    }
}
