package org.clearance.match;

import java.util.List;

/**
 * How one row of the {@link Feature} table is computed for a query and a candidate: a plain function (the table names
 * a static method), so that adding a feature is a row and a function, and screening, which scores every candidate
 * without explanation, creates nothing per candidate to call it.
 */
@FunctionalInterface
interface FeatureRule {
    /**
     * The feature's value: for a main feature the score it gives, for a qualifier what it adds (negative: what it
     * takes); 0 when it does not fire, which moves no score by a bit.
     *
     * @param name        the best pairing's score, net of the name's qualifiers, as {@link NameScorer} gives it
     * @param best        that pairing with its parts; null when not explaining, or when no names were paired
     * @param explanation where the feature adds its line when it fires; null when not explaining, and then no
     *                    text is written
     */
    double value(Scorer.Prepared query, Candidate candidate, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation);
}
