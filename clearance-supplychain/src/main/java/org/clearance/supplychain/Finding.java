package org.clearance.supplychain;

/**
 * One risk found at one party of a chain.
 *
 * @param partyId    where it was found
 * @param kind       what kind of risk
 * @param detail     in words, with the evidence ("address names Aksu (阿克苏), Xinjiang")
 * @param reference  the list entry id, sector id or place behind it
 * @param confidence how sure, in [0, 1]
 */
public record Finding(String partyId, Kind kind, String detail, String reference, double confidence) {
    /** Kinds of finding, strongest first: what the importer must rebut under the UFLPA. */
    public enum Kind {
        /** The party is on the UFLPA Entity List: its goods are presumed inadmissible. */
        UFLPA_LISTED,
        /** The party is on another sanctions list (OFAC, UN, EU, UK, Canada...). */
        SANCTIONS_LISTED,
        /** The party is in the Xinjiang Uyghur Autonomous Region: its goods are presumed inadmissible. */
        XINJIANG_LOCATION,
        /** The goods belong to a high-priority sector of the UFLPA enforcement strategy. */
        HIGH_PRIORITY_SECTOR
    }
}
