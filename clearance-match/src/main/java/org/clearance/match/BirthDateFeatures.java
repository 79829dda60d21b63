package org.clearance.match;

import java.util.List;
import org.clearance.model.PartialDate;

/**
 * The birth dates' rows of the {@link Feature} table: of the three, at most one fires. Each reads the query's dates
 * first: most queries give none, and reading the entry's for nothing (fifty entries scattered over the heap per
 * query) was a twentieth of screening.
 */
final class BirthDateFeatures {
    private BirthDateFeatures() {}

    /** What the two sides' dates say, as far as both are known. */
    private enum Outcome { UNKNOWN, FIT, SAME_YEAR, NO_YEAR }

    static double match(Scorer.Prepared q, Candidate c, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        List<PartialDate> query = q.query().birthDates();
        if (explanation == null || query.isEmpty()) {
            return 0; // a fit changes nothing: only its line is wanted
        }
        for (PartialDate a : query) {
            for (PartialDate b : c.entity().birthDates()) {
                if (a.year() == b.year() && compatible(a, b)) {
                    explanation.add(Feature.DOB_MATCH.line(0, a + " fits " + b));
                    return 0;
                }
            }
        }
        return 0;
    }

    static double dayMismatch(Scorer.Prepared q, Candidate c, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        return mismatch(Feature.DOB_DAY_MISMATCH, Outcome.SAME_YEAR, config.dobDayMismatch(), "same year, different month or day: ",
                q, c, explanation);
    }

    static double yearMismatch(Scorer.Prepared q, Candidate c, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        return mismatch(Feature.DOB_YEAR_MISMATCH, Outcome.NO_YEAR, config.dobYearMismatch(), "no year in common: ",
                q, c, explanation);
    }

    private static double mismatch(Feature feature, Outcome when, double setting, String says, Scorer.Prepared q, Candidate c,
            List<FeatureScore> explanation) {
        List<PartialDate> query = q.query().birthDates();
        if (query.isEmpty()) {
            return 0;
        }
        List<PartialDate> list = c.entity().birthDates();
        if (outcome(query, list) != when) {
            return 0;
        }
        if (explanation != null) {
            explanation.add(feature.line(-setting, says + query + " vs " + list));
        }
        return -setting;
    }

    private static Outcome outcome(List<PartialDate> query, List<PartialDate> list) {
        if (list.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        boolean sameYear = false;
        for (PartialDate a : query) {
            for (PartialDate b : list) {
                if (a.year() == b.year()) {
                    sameYear = true;
                    if (compatible(a, b)) {
                        return Outcome.FIT;
                    }
                }
            }
        }
        return sameYear ? Outcome.SAME_YEAR : Outcome.NO_YEAR;
    }

    /** Whether two dates can be the same day, as far as both are known. */
    private static boolean compatible(PartialDate a, PartialDate b) {
        if (!a.hasMonth() || !b.hasMonth()) {
            return true;
        }
        if (a.month() != b.month()) {
            return false;
        }
        return !a.hasDay() || !b.hasDay() || a.day() == b.day();
    }
}
