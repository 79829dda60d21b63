package org.clearance.lists.ofac;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFAC publishes the SDN list and the consolidated non-SDN lists in byte-for-byte the same formats;
 * only the download address tells them apart. When the user does not name the dataset, the
 * programmes in the file's head decide: these tags belong to non-SDN lists only (SSI, NS-PLC,
 * NS-CMIC, FSE, 561 list, NS-MBS), per OFAC's "Consolidated Sanctions List (Non-SDN Lists)" page.
 */
final class OfacDatasets {
    static final String SDN = "us_ofac_sdn";
    static final String CONSOLIDATED = "us_ofac_cons";
    static final String AUTHORITY = "US Treasury OFAC";

    private static final Set<String> NON_SDN_PROGRAMS = Set.of(
            "UKRAINE-EO13662", "NS-PLC", "CMIC-EO13959", "561-Related", "FSE-IR", "FSE-SY", "FSE-WMD", "FSE-SDGT", "NS-MBS");
    private static final Pattern PROGRAM_XML = Pattern.compile("<program>([^<]+)</program>");
    private static final Pattern PROGRAM_CSV = Pattern.compile("(?m)^\\d+,\"[^\"]*\",[^,]*,\"([^\"]*)\"");

    private OfacDatasets() {}

    /** The dataset of a file whose head is {@code text}: consolidated when most programmes are non-SDN ones. */
    static String guess(String text, boolean xml) {
        Matcher m = (xml ? PROGRAM_XML : PROGRAM_CSV).matcher(text);
        int all = 0;
        int nonSdn = 0;
        while (m.find()) {
            for (String p : m.group(1).split("\\] \\[")) {
                all++;
                if (NON_SDN_PROGRAMS.contains(p.strip())) {
                    nonSdn++;
                }
            }
        }
        return all > 0 && nonSdn * 2 > all ? CONSOLIDATED : SDN;
    }

    /** The public page of one entry, the nearest thing OFAC has to a per-entry address. */
    static String entryUrl(String uid) {
        return "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + uid;
    }
}
