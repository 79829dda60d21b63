package org.clearance.lists.csl;

import org.clearance.lists.SourceIds;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source list a CSL record comes from, read from its {@code source} field, which trade.gov writes
 * as "list name (ABBR) - agency": "Entity List (EL) - Bureau of Industry and Security". One CSL file
 * mixes a dozen lists of three departments, so every record keeps its own list and agency.
 *
 * @param name         the list as written, e.g. "Entity List (EL)"
 * @param abbreviation the list's abbreviation, e.g. "EL"; a short hash of the name when it has none
 * @param authority    who maintains the list, in the words the other parsers use ("US Commerce BIS")
 */
record CslSourceList(String name, String abbreviation, String authority) {
    /**
     * The three departments the CSL draws on, by the agency text trade.gov writes after " - ". An
     * agency missing here keeps trade.gov's own words, so a new source list still says who lists it.
     */
    private static final Map<String, String> AUTHORITIES = Map.of(
            "Bureau of Industry and Security", "US Commerce BIS",
            "Treasury Department", "US Treasury OFAC",
            "State Department", "US State Department");

    private static final String SEPARATOR = " - ";
    private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z][A-Z0-9]*)\\)");

    static CslSourceList parse(String source) {
        int cut = source.lastIndexOf(SEPARATOR);
        String name = cut < 0 ? source : source.substring(0, cut).strip();
        String agency = cut < 0 ? source : source.substring(cut + SEPARATOR.length()).strip();
        Matcher m = ABBREVIATION.matcher(name);
        String abbreviation = null;
        while (m.find()) {
            abbreviation = m.group(1); // the last parenthesis names the list: "Military End User (MEU) List"
        }
        if (abbreviation == null) {
            abbreviation = SourceIds.hash(name).substring(0, 8);
        }
        return new CslSourceList(name, abbreviation, AUTHORITIES.getOrDefault(agency, agency));
    }
}
