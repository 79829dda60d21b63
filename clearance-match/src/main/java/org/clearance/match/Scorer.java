package org.clearance.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.clearance.model.NameKind;

/**
 * Scores one prepared query against one candidate by running the {@link Feature} table: the name decides (the best
 * pairing of any query name with any list name but its weak aliases, found once here and read by the name's
 * features); an identifier shared by both raises the score to {@link MatchConfig#identifierMatch()}; birth dates,
 * countries and gender that disagree lower it.
 */
final class Scorer {
    /**
     * The table's main features in its order, each with its own qualifiers: read per candidate, where
     * {@code Feature.values()} would copy the table.
     */
    private static final Feature[] MAINS = Arrays.stream(Feature.values()).filter(f -> f.kind() == Feature.Kind.MAIN)
            .toArray(Feature[]::new);
    private static final Feature[][] QUALIFIERS_OF = Arrays.stream(MAINS).map(m -> Arrays.stream(Feature.values())
            .filter(f -> f.qualifies().orElse(null) == m).toArray(Feature[]::new)).toArray(Feature[][]::new);
    /** The qualifiers of the score, in the table's order. */
    private static final Feature[] QUALIFIERS = Arrays.stream(Feature.values())
            .filter(f -> f.kind() == Feature.Kind.QUALIFIER && f.qualifies().isEmpty()).toArray(Feature[]::new);

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
        NameAlignment best = explain ? bestName(q, c) : null;
        double name = explain ? (best == null ? 0 : best.score()) : nameScore(q, c);
        double score = 0;
        for (int i = 0; i < MAINS.length; i++) {
            score = Math.max(score, MAINS[i].value(q, c, name, best, config, features));
            if (explain) {
                // their values are in the main feature's already (see Feature): run for their lines alone
                for (Feature qualifier : QUALIFIERS_OF[i]) {
                    qualifier.value(q, c, name, best, config, features);
                }
            }
        }
        for (Feature qualifier : QUALIFIERS) {
            score += qualifier.value(q, c, name, best, config, features);
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
     * work of screening for no new match. A company's name in pinyin syllables is the exception: it writes the
     * original's characters one by one, where the list's Latin name is most often a translation (恒燁科技有限公司,
     * Hengye Tech Limited), and such queries are few.
     */
    private static boolean passedOver(PreparedName query, PreparedName list, boolean listHasLatin) {
        return list.kind() == NameKind.WEAK_ALIAS
                || query.latin() && !list.latin() && listHasLatin && !(query.syllables() && readFromHan(list));
    }

    /** Whether a name was read from Han characters: a part of it was (its legal form, a class, was not). */
    private static boolean readFromHan(PreparedName name) {
        for (Token t : name.tokens()) {
            if (t.fromHan()) {
                return true;
            }
        }
        return false;
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
}
