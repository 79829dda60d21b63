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
    void aTitleIsOneWhateverItWeighs() {
        // weighing more than minConflictWeight, a title is still a title to the pairing, as where the person's name
        // begins: beside one name it leaves it one name, and left over it is no other name of the query's
        MatchConfig heavier = MatchConfig.DEFAULT.with(Map.of("titleWeight", "0.2"));
        assertThat(heavier.titleWeight()).isGreaterThan(heavier.minConflictWeight());
        assertThat(index.compare(Schema.PERSON, "Prince Turki", "Turki Hassan Khalid", heavier).score())
                .isLessThanOrEqualTo(index.compare(Schema.PERSON, "Turki", "Turki Hassan Khalid", heavier).score());
        assertThat(index.compare(Schema.PERSON, "Prince Ali Hassan", "Ali Hassan Khalid", heavier).score())
                .isGreaterThanOrEqualTo(heavier.threshold());
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

    /** The score of two names with the default settings and with one setting changed. */
    private double[] scores(Schema schema, String a, String b, String setting, String value) {
        return new double[] {index.compare(schema, a, b, MatchConfig.DEFAULT).score(),
                index.compare(schema, a, b, MatchConfig.DEFAULT.with(Map.of(setting, value))).score()};
    }

    @Test
    void aLargerEditBudgetBaseAllowsFewerEditsSoALetterLeftOutIsNoTypo() {
        // a letter left out, not a doubled one written single, which is one spelling whatever the budget (Saed, Saeed)
        double[] s = scores(Schema.PERSON, "Saeed MORTAZVI", "MORTAZAVI, Saeed", "editBudgetBase", "10");
        assertThat(s[0]).isGreaterThanOrEqualTo(MatchConfig.DEFAULT.threshold());
        assertThat(s[1]).isLessThan(MatchConfig.DEFAULT.threshold());
    }

    @Test
    void anInitialCountsForWhatInitialMatchSays() {
        double[] s = scores(Schema.PERSON, "A. Mortazavi", "Ali Mortazavi", "initialMatch", "1");
        assertThat(s[1]).isGreaterThan(s[0]);
    }

    @Test
    void aReadingInAnotherScriptScoresReadingMatch() {
        double[] s = scores(Schema.PERSON, "김정은", "Kim Jong Un", "readingMatch", "0.87");
        assertThat(s[0]).isGreaterThanOrEqualTo(MatchConfig.DEFAULT.threshold());
        assertThat(s[1]).isLessThan(s[0]);
    }

    @Test
    void anAbjadWordSpeltInLatinScoresAbjadMatchLessItsCost() {
        double[] s = scores(Schema.PERSON, "عمر البشير", "Omar al-Bashir", "abjadMatch", "0.87");
        assertThat(s[0]).isGreaterThanOrEqualTo(MatchConfig.DEFAULT.threshold());
        assertThat(s[1]).isLessThan(s[0]);
        // no budget at all: only a Latin spelling of every letter without a vowel left unwritten pairs
        double[] exact = scores(Schema.PERSON, "عمر البشير", "Omar al-Bashir", "abjadLongBudget", "0");
        assertThat(exact[1]).isLessThanOrEqualTo(exact[0]);
    }

    @Test
    void aTranscribedWordSpeltInLatinScoresTranscribedMatch() {
        double[] s = scores(Schema.PERSON, "ファイサル", "Faisal", "transcribedMatch", "0.87");
        assertThat(s[0]).isGreaterThanOrEqualTo(MatchConfig.DEFAULT.threshold());
        assertThat(s[1]).isLessThan(s[0]);
    }

    @Test
    void commonPartsLeftOverOnBothSidesAreAConflictOnlyBelowDistinctiveWeight() {
        // Ali and Omar are carried by many list names: no conflict at the default, a conflict when every part is distinctive
        String a = "Ali Mortazavi Hassan";
        String b = "Omar Mortazavi Hassan";
        MatchResult plain = index.compare(Schema.PERSON, a, b, MatchConfig.DEFAULT.withCutoff(0));
        MatchResult strict = index.compare(Schema.PERSON, a, b, MatchConfig.DEFAULT.withCutoff(0).with(Map.of("distinctiveWeight", "0")));
        assertThat(plain.explanation()).noneMatch(f -> f.feature().equals(Feature.PART_CONFLICT.id()));
        assertThat(strict.explanation()).anyMatch(f -> f.feature().equals(Feature.PART_CONFLICT.id()));
        assertThat(plain.score() - strict.score()).isCloseTo(MatchConfig.DEFAULT.partConflict(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anAcronymOfTheWordsScoresAcronymMatch() {
        double[] s = scores(Schema.ORGANIZATION, "XPCC", "Xinjiang Production and Construction Corps", "acronymMatch", "0.95");
        assertThat(s[0]).isEqualTo(MatchConfig.DEFAULT.acronymMatch());
        assertThat(s[1]).isEqualTo(0.95);
    }

    @Test
    void theAbjadWeightIsAppliedWhenARequestChangesIt() {
        // an Arabic-script part the Latin name lacks counts against the match by its weight, at most abjadWeight: lighter,
        // it takes less
        double[] s = scores(Schema.PERSON, "عمر حسن البشير", "Omar al-Bashir", "abjadWeight", "0.05");
        assertThat(s[1]).isGreaterThan(s[0]);
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
