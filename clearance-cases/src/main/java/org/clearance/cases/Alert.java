package org.clearance.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One party found to match one list entry, and where its review stands. There is one alert per
 * party and entry: re-screening raises the same alert again rather than a second one.
 *
 * @param partyHash    the party's content hash when the alert was last raised
 * @param entryHash    the entry's content hash then
 * @param explanation  feature name to {@code {"score", "detail"}}; treat as read-only
 * @param decision     the last decision, null when none stands (new, reopened, rejected by the approver)
 * @param proposedBy   who proposed the true match awaiting approval, else null
 * @param version      the optimistic lock: a decision names the version it was taken on
 * @param closedReason why it is closed, null while it is not
 * @param changes      what changed when it was last reopened; {@link Changes#NONE} if it never was
 */
public record Alert(long id, String partyId, String entityId, String dataset, String caption, String partyHash,
        String entryHash, double score, JsonNode explanation, AlertStatus status, Decision decision, String proposedBy,
        int version, Instant openedAt, Instant updatedAt, String closedReason, Changes changes) {}
