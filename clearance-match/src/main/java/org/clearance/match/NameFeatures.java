package org.clearance.match;

import java.util.List;

/**
 * The name's rows of the {@link Feature} table. The pairing is found once per candidate by the {@link Scorer};
 * these read it. Its qualifiers (a part conflict, numbers that differ) are taken inside the pairing's score by
 * {@link NameScorer}, which must weigh them to choose the best pairing: their lines say what it took.
 */
final class NameFeatures {
    private NameFeatures() {}

    /** The pairing's score; its line shows the pairing as found, before its qualifiers, which the lines after it take off. */
    static double nameMatch(Scorer.Prepared q, Candidate c, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        if (explanation != null && best != null) {
            double pairing = best.score() + best.numberMismatch() + best.partConflict();
            explanation.add(Feature.NAME_MATCH.line(pairing, "'" + best.query().original() + "' ~ '" + best.list().original()
                    + "' (" + best.list().kind().toLowerCase().replace('_', ' ') + "): " + best.describe()));
        }
        return name;
    }

    static double partConflict(Scorer.Prepared q, Candidate c, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        return best == null ? 0 : leftOver(Feature.PART_CONFLICT, best.partConflict(), best, explanation);
    }

    static double numberMismatch(Scorer.Prepared q, Candidate c, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        return best == null ? 0 : leftOver(Feature.NUMBER_MISMATCH, best.numberMismatch(), best, explanation);
    }

    /** What the pairing lost to a qualifier, as a negative value, with the parts left over on each side. */
    private static double leftOver(Feature feature, double taken, NameAlignment best, List<FeatureScore> explanation) {
        if (taken <= 0) {
            return 0;
        }
        if (explanation != null) {
            explanation.add(feature.line(-taken, "parts left over: " + String.join(" ", best.extraQuery()) + " vs "
                    + String.join(" ", best.extraList())));
        }
        return -taken;
    }
}
