package org.clearance.lists.un;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearance.io.DateText;
import org.clearance.model.Entity;
import org.clearance.model.PartialDate;

/**
 * Reads an {@code INDIVIDUAL_DATE_OF_BIRTH} group: {@code TYPE_OF_DATE} EXACT (with {@code DATE} or
 * {@code YEAR}), APPROXIMATELY (with {@code YEAR}) or BETWEEN ({@code FROM_YEAR}, {@code TO_YEAR}), and a
 * free {@code NOTE}. In the real files the NOTE sometimes holds the only date ("Nov. 1973", "August 1961"),
 * sometimes a qualifier ("Approximately", "from false passport") or something no date reader can use
 * ("24/06/1402 (Hijri Calendar)", "30-35 years old"); what is not a date is kept as a note.
 */
final class UnBirthDates {
    /**
     * A BETWEEN range becomes one birth year per year, as screening compares years. A range wider than
     * this says little about the person and would spread matches over decades, so it is only noted.
     * The widest range in the real files is 6 years.
     */
    static final int MAX_RANGE_YEARS = 20;

    private UnBirthDates() {}

    static void apply(Map<String, String> g, Entity.Builder b) {
        String type = g.get("TYPE_OF_DATE");
        String note = g.get("NOTE");
        List<PartialDate> dates = new ArrayList<>();
        String given = null; // the date as the source states it, for notes
        if (g.containsKey("DATE")) {
            given = g.get("DATE");
            add(dates, DateText.parse(given, true), given, b);
        }
        if (g.containsKey("YEAR")) {
            given = g.get("YEAR");
            add(dates, DateText.parse(given, true), given, b);
        }
        if (g.containsKey("FROM_YEAR") || g.containsKey("TO_YEAR")) {
            given = "between " + g.get("FROM_YEAR") + " and " + g.get("TO_YEAR");
            List<PartialDate> range = range(g.get("FROM_YEAR"), g.get("TO_YEAR"));
            if (range.isEmpty()) {
                b.note("Date of birth " + given);
            }
            dates.addAll(range);
        }
        if (given == null && note != null) {
            PartialDate fromNote = DateText.parse(note, true);
            if (fromNote != null) {
                dates.add(fromNote);
                given = note;
                note = null;
            }
        }
        dates.forEach(b::birthDate);
        boolean approximate = "APPROXIMATELY".equals(type);
        if (approximate || note != null) {
            StringBuilder sb = new StringBuilder("Date of birth");
            if (approximate) {
                sb.append(" approximately");
            }
            if (given != null) {
                sb.append(' ').append(given);
            }
            if (note != null) {
                sb.append(": ").append(note);
            }
            b.note(sb.toString());
        }
    }

    private static void add(List<PartialDate> dates, PartialDate d, String text, Entity.Builder b) {
        if (d == null) {
            b.note("Date of birth (not a date): " + text);
        } else {
            dates.add(d);
        }
    }

    private static List<PartialDate> range(String from, String to) {
        PartialDate a = DateText.parse(from, true);
        PartialDate z = DateText.parse(to, true);
        List<PartialDate> out = new ArrayList<>();
        if (a == null || z == null || a.hasMonth() || z.hasMonth() || z.year() < a.year()
                || z.year() - a.year() > MAX_RANGE_YEARS) {
            return out;
        }
        for (int y = a.year(); y <= z.year(); y++) {
            out.add(PartialDate.ofYear(y));
        }
        return out;
    }
}
