package org.clearance.audit;

/**
 * What checking the audit log's chain found.
 *
 * @param checked  entries read
 * @param firstBad the sequence number of the first entry that is edited, missing or out of order; -1 when intact
 * @param problem  what is wrong there, for a person; empty when intact
 * @param headHash the hash of the last entry, which an operator can note elsewhere to detect a rewrite of the whole log
 */
public record Verification(long checked, long firstBad, String problem, String headHash) {
    public boolean intact() {
        return firstBad < 0;
    }
}
