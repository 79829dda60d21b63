package org.clearance.lists.uflpa;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.lists.SourceIds;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;

/**
 * What the two UFLPA Entity List readers share, so that the same entity comes out the same from the
 * DHS page and from the compiled CSV: its id, its schema and the form of its sanction.
 */
final class UflpaEntities {
    static final String AUTHORITY = "US DHS Forced Labor Enforcement Task Force";
    static final String SOURCE_URL = "https://www.dhs.gov/uflpa-entity-list";
    static final String PROGRAM_PREFIX = "UFLPA ";
    /** The programme of a listing whose section the source does not give. */
    static final String PROGRAM_UNKNOWN_SECTION = "UFLPA";

    /** A UFLPA sub-list: section 2(d)(2)(B) clause (i) to (v) of the Act. */
    static final Pattern SECTION = Pattern.compile("2\\(d\\)\\(2\\)\\(B\\)\\((?:iii|ii|iv|v|i)\\)");

    /**
     * Words that make a name a company's; other listed parties are organisations (the XPCC, a
     * vocational "education" centre, an industrial park).
     */
    private static final Pattern COMPANY_WORD = Pattern.compile(
            "(?i)\\b(?:co|company|corp|corporation|ltd|limited|inc|llc|group|holdings?)\\b");

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private UflpaEntities() {}

    /**
     * The source id: DHS gives none, so it is the primary name as a slug (ASCII, lower case, every run
     * of other characters one '-'): "Zhuhai Pantum Electronics Co., Ltd." becomes
     * "zhuhai-pantum-electronics-co-ltd", from the page and from the CSV alike, and "Co. Ltd." and
     * "Co., Ltd." meet. A name with no Latin letter or digit at all gets a hash instead.
     */
    static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x-" + SourceIds.hash(name) : slug;
    }

    static Schema schema(String name) {
        return COMPANY_WORD.matcher(name).find() ? Schema.COMPANY : Schema.ORGANIZATION;
    }

    /** The section code a text starts with ("2(d)(2)(B)(ii) work with ..."), or null. */
    static String leadingSection(String text) {
        Matcher m = SECTION.matcher(text.strip());
        return m.lookingAt() ? m.group() : null;
    }

    static Sanction sanction(String section, LocalDate listedOn, String reason) {
        String program = section == null ? PROGRAM_UNKNOWN_SECTION : PROGRAM_PREFIX + section;
        return new Sanction(AUTHORITY, program, listedOn, reason == null || reason.isBlank() ? null : reason.strip());
    }
}
