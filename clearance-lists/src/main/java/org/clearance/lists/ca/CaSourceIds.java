package org.clearance.lists.ca;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds the id of a Canadian list record, which has none of its own, from the regulation it is listed
 * under: the regime ({@code Country}), the schedule part ({@code Schedule}) and the item number
 * ({@code Item}), e.g. {@code russia_1-part-1_12}.
 *
 * <p>Why this is stable: the items are the numbered entries of the schedules to the regulations. An
 * amendment appends new items and repeals old ones without renumbering the rest; the 2025 file shows
 * it, with 132 unused numbers left by delistings (Russia Schedule 1 Part 2 lacks items 2, 3 and 39 of
 * 717) and item numbers that follow the listing dates. Only the English half of the bilingual
 * {@code Country} ("Russia / Russie") is used, so a change to the French wording does not change ids,
 * and spacing and case are folded, so "1,Part 3" and "1, Part 3" are the same schedule part.
 */
final class CaSourceIds {
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9.]+");
    /** Between the three parts; {@link #slug} never produces it, so the parts cannot run together. */
    private static final String SEPARATOR = "_";

    private CaSourceIds() {}

    static String of(String country, String schedule, String item) {
        String english = country.split(" / ", 2)[0];
        return slug(english) + SEPARATOR + (schedule == null ? "" : slug(schedule)) + SEPARATOR + slug(item);
    }

    private static String slug(String text) {
        String s = NOT_ID.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
