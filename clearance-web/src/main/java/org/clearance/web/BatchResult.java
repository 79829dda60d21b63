package org.clearance.web;

import java.util.List;

/**
 * One party of a file after screening.
 *
 * @param partyId the id of the stored party when the file's parties were stored, else the file's id (maybe empty)
 * @param hits    its matches, best first; empty when it matched nothing
 */
record BatchResult(PartyRow row, String partyId, List<BatchHit> hits) {
    BatchResult {
        hits = List.copyOf(hits);
    }
}
