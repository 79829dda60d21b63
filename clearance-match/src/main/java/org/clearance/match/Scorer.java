package org.clearance.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;

/**
 * Scores one prepared query against one candidate. The name decides (the best pairing of any query
 * name with any list name but its weak aliases); an identifier shared by both raises the score to
 * {@link MatchConfig#identifierMatch()}; birth dates, countries and gender that disagree lower it.
 */
final class Scorer {
    private final MatchConfig config;
    private final NameScorer names;

    Scorer(MatchConfig config) {
        this.config = config;
        this.names = new NameScorer(config);
    }

    /** The query in prepared form. */
    record Prepared(Query query, List<PreparedName> names, Set<String> countries, Set<String> identifiers) {}

    MatchResult score(Prepared q, Candidate c) {
        return score(q, c, true);
    }

    /**
     * @param explain whether to write the explanation; screening first scores every candidate without
     *                (most fall below the cutoff) and explains only those it reports
     */
    MatchResult score(Prepared q, Candidate c, boolean explain) {
        List<FeatureScore> features = explain ? new ArrayList<>() : null;
        double score;
        if (explain) {
            NameAlignment best = bestName(q, c);
            score = best == null ? 0 : best.score();
            if (best != null) {
                // the pairing as found, and the numbers' disagreement as the qualifier that took from it
                double pairing = best.score() + best.numberMismatch() + best.partConflict();
                add(features, Feature.NAME_MATCH, pairing, () -> "'" + best.query().original() + "' ~ '"
                        + best.list().original() + "' (" + best.list().kind().toLowerCase().replace('_', ' ') + "): "
                        + best.describe());
                if (best.partConflict() > 0) {
                    add(features, Feature.PART_CONFLICT, -best.partConflict(), () -> "parts left over: "
                            + String.join(" ", best.extraQuery()) + " vs " + String.join(" ", best.extraList()));
                }
                if (best.numberMismatch() > 0) {
                    add(features, Feature.NUMBER_MISMATCH, -best.numberMismatch(), () -> "parts left over: "
                            + String.join(" ", best.extraQuery()) + " vs " + String.join(" ", best.extraList()));
                }
            }
        } else {
            score = nameScore(q, c);
        }
        for (String id : q.identifiers()) {
            if (c.identifiers().contains(id)) {
                add(features, Feature.IDENTIFIER_MATCH, config.identifierMatch(), () -> "shared identifier " + id);
                score = Math.max(score, config.identifierMatch());
                break;
            }
        }
        // the query's side first: most queries give no birth date or gender, and reading the entry's for
        // nothing (fifty entries scattered over the heap per query) was a twentieth of screening
        if (!q.query().birthDates().isEmpty()) {
            score += birthDates(q.query().birthDates(), c.entity().birthDates(), features);
        }
        score += countries(q.countries(), c.countries(), features);
        if (q.query().gender() != null) {
            score += gender(q.query().gender(), c.entity().gender(), features);
        }
        score = Math.max(0, Math.min(1, score));
        return new MatchResult(c.entity(), score, score >= config.threshold(), explain ? List.copyOf(features) : List.of());
    }

    /**
     * The best pairing of any query name with any of the candidate's names; null when either has none. Weak
     * aliases ("Abu Tahir", "Abdullah") are passed over: OFAC lists them because they are broad and does not
     * expect them to be screened (its FAQ on weak AKAs), and FollowTheMoney marks the property as not
     * matchable; alone they alert on every Tahir. They stay on the entry for an analyst to weigh.
     */
    NameAlignment bestName(Prepared q, Candidate c) {
        NameAlignment best = null;
        boolean listHasLatin = listHasLatin(c);
        for (PreparedName qn : q.names()) {
            for (PreparedName cn : c.names()) {
                if (passedOver(qn, cn, listHasLatin)) {
                    continue;
                }
                NameAlignment a = names.align(qn, cn, crossScript(qn, listHasLatin));
                if (best == null || a.score() > best.score()) {
                    best = a;
                }
            }
        }
        return best;
    }

    /** The score of {@link #bestName} alone, which stops at the first perfect pairing: none scores higher. */
    private double nameScore(Prepared q, Candidate c) {
        double best = 0;
        boolean listHasLatin = listHasLatin(c);
        for (PreparedName qn : q.names()) {
            for (PreparedName cn : c.names()) {
                if (passedOver(qn, cn, listHasLatin)) {
                    continue;
                }
                best = Math.max(best, names.score(qn, cn, crossScript(qn, listHasLatin)));
                if (best >= NameScorer.PERFECT) {
                    return best;
                }
            }
        }
        return best;
    }

    /**
     * Whether a list name is not compared with a query name: a weak alias never is (see {@link #bestName}); nor is a
     * name in another script when the query is in Latin letters and the entry has a Latin name to compare, which is
     * how the list itself spells its original: aligning the query with the original's letters too would double the
     * work of screening for no new match.
     */
    private static boolean passedOver(PreparedName query, PreparedName list, boolean listHasLatin) {
        return list.kind() == NameKind.WEAK_ALIAS || query.latin() && !list.latin() && listHasLatin;
    }

    private static boolean listHasLatin(Candidate c) {
        for (PreparedName cn : c.names()) {
            if (cn.latin()) {
                return true;
            }
        }
        return false;
    }

    /** A skeleton comparison is a last resort: not when the entry has a Latin name to compare. */
    private static boolean crossScript(PreparedName query, boolean listHasLatin) {
        return !(query.latin() && listHasLatin);
    }

    /** Adds a feature to the explanation, writing its detail only when there is one to write. */
    private static void add(List<FeatureScore> features, Feature feature, double score, java.util.function.Supplier<String> detail) {
        if (features != null) {
            features.add(new FeatureScore(feature.id(), score, detail.get()));
        }
    }

    private double birthDates(List<PartialDate> query, List<PartialDate> list, List<FeatureScore> features) {
        if (query.isEmpty() || list.isEmpty()) {
            return 0;
        }
        boolean sameYear = false;
        for (PartialDate a : query) {
            for (PartialDate b : list) {
                if (a.year() == b.year()) {
                    sameYear = true;
                    if (compatible(a, b)) {
                        add(features, Feature.DOB_MATCH, 0, () -> a + " fits " + b);
                        return 0;
                    }
                }
            }
        }
        if (sameYear) {
            add(features, Feature.DOB_DAY_MISMATCH, -config.dobDayMismatch(),
                    () -> "same year, different month or day: " + query + " vs " + list);
            return -config.dobDayMismatch();
        }
        add(features, Feature.DOB_YEAR_MISMATCH, -config.dobYearMismatch(), () -> "no year in common: " + query + " vs " + list);
        return -config.dobYearMismatch();
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

    private double countries(Set<String> query, Set<String> list, List<FeatureScore> features) {
        if (query.isEmpty() || list.isEmpty()) {
            return 0;
        }
        for (String c : query) {
            if (list.contains(c)) {
                add(features, Feature.COUNTRY_MATCH, 0, () -> c);
                return 0;
            }
        }
        add(features, Feature.COUNTRY_MISMATCH, -config.countryMismatch(), () -> query + " vs " + list);
        return -config.countryMismatch();
    }

    private double gender(String query, String list, List<FeatureScore> features) {
        if (query == null || list == null || query.equalsIgnoreCase(list)) {
            return 0;
        }
        add(features, Feature.GENDER_MISMATCH, -config.genderMismatch(), () -> query + " vs " + list);
        return -config.genderMismatch();
    }
}
