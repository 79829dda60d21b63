package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.clearance.model.Schema;
import org.clearance.testing.ListsIndex;
import org.junit.jupiter.api.Test;

/** The settings taken into the table from elsewhere are read where they act, per request. */
class MatchConfigScoringTest {
    private final MatchIndex index = ListsIndex.get();

    @Test
    void titleWeightIsAppliedWhenARequestChangesIt() {
        double light = index.compare(Schema.PERSON, "General Ali Hassan", "Ali Hassan", MatchConfig.DEFAULT).score();
        double heavy = index.compare(Schema.PERSON, "General Ali Hassan", "Ali Hassan",
                MatchConfig.DEFAULT.with(Map.of("titleWeight", "1"))).score();
        assertThat(heavy).isLessThan(light);
    }

    @Test
    void partWeightsApplyToQueryAndEntriesAlike() {
        // with every part weighing 1, a perfect name stays perfect on both sides: the entries were weighed as the query
        MatchConfig flat = MatchConfig.DEFAULT.with(Map.of("tokenWeightFloor", "1", "tokenWeightStart", "1"));
        MatchResult r = index.match(Query.ofName(Schema.PERSON, "Chen Quanguo"), flat, 1, Set.of()).get(0);
        assertThat(r.entity().caption()).containsIgnoringCase("quanguo");
        assertThat(r.score()).isEqualTo(1.0);
        // and the default weights still come from the remembered entries: the same results as before
        assertThat(index.match(Query.ofName(Schema.PERSON, "Chen Quanguo"), MatchConfig.DEFAULT.with(Map.of("tokenWeightFloor", "0.3")), 5, Set.of()))
                .isEqualTo(index.match(Query.ofName(Schema.PERSON, "Chen Quanguo"), MatchConfig.DEFAULT, 5, Set.of()));
    }

    @Test
    void candidatesAndBoostsReachRetrieval() {
        Query q = Query.ofName(Schema.LEGAL_ENTITY, "Xinjiang");
        MatchConfig low = MatchConfig.DEFAULT.withCutoff(0).with(Map.of("candidates", "3"));
        assertThat(index.match(q, low, 100, Set.of())).hasSizeLessThanOrEqualTo(3);
        // no boost at all leaves Lucene nothing to rank by, but retrieval still runs
        MatchConfig flat = MatchConfig.DEFAULT.with(Map.of("boostToken", "0", "boostPhonetic", "0", "boostGram", "0"));
        assertThat(index.match(Query.ofName(Schema.PERSON, "Chen Quanguo"), flat, 5, Set.of())).isNotNull();
    }
}
