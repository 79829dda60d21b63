package org.clearance.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.match.FeatureScore;
import org.clearance.match.MatchResult;
import org.clearance.model.EntityJson;

/**
 * A list entry a party was found to match, as an alert keeps it.
 *
 * @param entryHash   the entry's content hash, the same as the store's ({@code version_entity.hash}),
 *                    so a later version of the entry can be told from this one
 * @param explanation feature name to {@code {"score", "detail"}}, as the API shows explanations
 */
public record Hit(String entityId, String dataset, String caption, String entryHash, double score, JsonNode explanation) {
    public static Hit of(MatchResult r) {
        ObjectNode why = JsonNodeFactory.instance.objectNode();
        for (FeatureScore f : r.explanation()) {
            why.putObject(f.feature()).put("score", f.score()).put("detail", f.detail());
        }
        var e = r.entity();
        return new Hit(e.id(), e.dataset(), e.caption(), EntityJson.sha256(EntityJson.writeBytes(e)), r.score(), why);
    }
}
