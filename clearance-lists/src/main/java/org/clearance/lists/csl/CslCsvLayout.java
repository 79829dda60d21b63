package org.clearance.lists.csl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two column layouts trade.gov has published the CSL CSV in, told apart by the header row. They
 * differ in more than the {@code _id} column: each writes an {@code ids} entry in its own order.
 * <ul>
 *   <li>{@link #LEGACY}: 28 columns from {@code source}; an id is written value first, label last,
 *       with the country in front when there is one: "US, 80-0890696, Tax ID No.", "IMO 9116412,
 *       Vessel Registration Identification" (file of December 2019);</li>
 *   <li>{@link #CURRENT}: {@code _id} first, then the same 28; an id follows the JSON object's field
 *       order, type, number, country, issue date, expiry: "Passport, 836238033, KP" (file of June
 *       2025).</li>
 * </ul>
 */
enum CslCsvLayout {
    LEGACY, CURRENT;

    /** The 28 columns both layouts share, in file order. */
    static final List<String> COLUMNS = List.of("source", "entity_number", "type", "programs", "name", "title",
            "addresses", "federal_register_notice", "start_date", "end_date", "standard_order",
            "license_requirement", "license_policy", "call_sign", "vessel_type", "gross_tonnage",
            "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "source_list_url", "alt_names",
            "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "source_information_url", "ids");

    static final String ID_COLUMN = "_id";

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final String PART_SEPARATOR = ", ";

    /** The layout whose header this is (names compared without quotes), or null. */
    static CslCsvLayout ofHeader(List<String> header) {
        if (header.equals(COLUMNS)) {
            return LEGACY;
        }
        if (header.size() == COLUMNS.size() + 1 && header.get(0).equals(ID_COLUMN)
                && header.subList(1, header.size()).equals(COLUMNS)) {
            return CURRENT;
        }
        return null;
    }

    /** Reads one "; "-separated entry of the {@code ids} column. */
    CslId parseId(String entry) {
        List<String> parts = new ArrayList<>(Arrays.asList(entry.strip().split(PART_SEPARATOR, -1)));
        parts.replaceAll(String::strip);
        return this == LEGACY ? legacy(parts) : current(parts);
    }

    private static CslId legacy(List<String> parts) {
        String label = parts.remove(parts.size() - 1);
        String country = "";
        if (parts.size() >= 2 && COUNTRY_CODE.matcher(parts.get(0)).matches() && !CslIdentifiers.isStatement(label)) {
            country = parts.remove(0);
        }
        return new CslId(label, String.join(PART_SEPARATOR, parts), country, "", "");
    }

    private static CslId current(List<String> parts) {
        String label = parts.get(0);
        List<String> rest = parts.subList(1, parts.size());
        if (CslIdentifiers.isStatement(label) || rest.size() > 4) {
            return new CslId(label, String.join(PART_SEPARATOR, rest), "", "", "");
        }
        return new CslId(label, part(rest, 0), part(rest, 1), part(rest, 2), part(rest, 3));
    }

    private static String part(List<String> parts, int i) {
        return i < parts.size() ? parts.get(i) : "";
    }
}
