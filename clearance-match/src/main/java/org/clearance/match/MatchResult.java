package org.clearance.match;

import java.util.List;
import org.clearance.model.Entity;

/**
 * One list entry found for a query, with its score and why.
 *
 * @param match       whether the score reaches the threshold
 * @param explanation the features that made the score, name first
 */
public record MatchResult(Entity entity, double score, boolean match, List<FeatureScore> explanation) {
    /** The explanation as one line. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (FeatureScore f : explanation) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(f.feature()).append(' ').append(ScoreText.signed(f.score()))
                    .append(": ").append(f.detail());
        }
        return sb.toString();
    }
}
