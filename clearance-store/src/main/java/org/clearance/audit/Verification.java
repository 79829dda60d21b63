package org.clearance.audit;

import java.util.List;

/**
 * What checking the audit log's chain found.
 *
 * @param checked  entries read
 * @param bad      how many entries are edited, missing or out of order (each counted once); 0 when intact
 * @param problems the first {@link #LISTED} of them in the order of the log, each with what is wrong there
 * @param headHash the hash of the last entry, which an operator can note elsewhere to detect a rewrite of the whole log
 */
public record Verification(long checked, long bad, List<Problem> problems, String headHash) {
    /**
     * Problems listed at most: a log rewritten wholesale would otherwise fill memory with one line per entry,
     * where the count and the first thousand already tell an operator what happened.
     */
    public static final int LISTED = 1_000;

    public Verification {
        problems = List.copyOf(problems);
    }

    /** One bad entry: its sequence number and what is wrong there, for a person. */
    public record Problem(long seq, String what) {
        @Override
        public String toString() {
            return "entry " + seq + ": " + what;
        }
    }

    public boolean intact() {
        return bad == 0;
    }
}
