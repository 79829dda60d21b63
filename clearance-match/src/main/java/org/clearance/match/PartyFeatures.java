package org.clearance.match;

import java.util.List;
import java.util.Set;

/**
 * The rows of the {@link Feature} table that read what a query says of the party besides its names and birth dates:
 * identifiers, countries and gender. Each asks the query's side first, which most queries leave empty.
 */
final class PartyFeatures {
    private PartyFeatures() {}

    static double identifierMatch(Scorer.Prepared q, Candidate c, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        if (q.identifiers().isEmpty()) {
            return 0; // before an iterator is made
        }
        for (String id : q.identifiers()) {
            if (c.identifiers().contains(id)) {
                if (explanation != null) {
                    explanation.add(Feature.IDENTIFIER_MATCH.line(config.identifierMatch(), "shared identifier " + id));
                }
                return config.identifierMatch();
            }
        }
        return 0;
    }

    static double countryMatch(Scorer.Prepared q, Candidate c, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        if (explanation == null) {
            return 0; // a shared country changes nothing: only its line is wanted
        }
        for (String country : q.countries()) {
            if (c.countries().contains(country)) {
                explanation.add(Feature.COUNTRY_MATCH.line(0, country));
                return 0;
            }
        }
        return 0;
    }

    static double countryMismatch(Scorer.Prepared q, Candidate c, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        Set<String> query = q.countries();
        if (query.isEmpty() || c.countries().isEmpty() || shares(query, c.countries())) {
            return 0;
        }
        if (explanation != null) {
            explanation.add(Feature.COUNTRY_MISMATCH.line(-config.countryMismatch(), query + " vs " + c.countries()));
        }
        return -config.countryMismatch();
    }

    private static boolean shares(Set<String> query, Set<String> list) {
        for (String country : query) {
            if (list.contains(country)) {
                return true;
            }
        }
        return false;
    }

    static double genderMismatch(Scorer.Prepared q, Candidate c, double name, NameAlignment best, MatchConfig config,
            List<FeatureScore> explanation) {
        String query = q.query().gender();
        if (query == null) {
            return 0;
        }
        String list = c.entity().gender();
        if (list == null || query.equalsIgnoreCase(list)) {
            return 0;
        }
        if (explanation != null) {
            explanation.add(Feature.GENDER_MISMATCH.line(-config.genderMismatch(), query + " vs " + list));
        }
        return -config.genderMismatch();
    }
}
