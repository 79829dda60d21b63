package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;
import org.clearance.testing.ListsIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Screening the real lists end to end: index built from the shared files, queries as users type them. */
class ScreeningTest {
    private static MatchIndex index;

    @BeforeAll
    static void openIndex() {
        index = ListsIndex.get();
    }

    private static List<MatchResult> screen(Schema schema, String name) {
        return index.match(Query.ofName(schema, name), MatchConfig.DEFAULT, 5, Set.of());
    }

    private static MatchResult top(Schema schema, String name) {
        List<MatchResult> r = screen(schema, name);
        assertThat(r).as("results for %s", name).isNotEmpty();
        return r.get(0);
    }

    @Test
    void chineseCharactersAndPinyinInEitherOrderFindLiFangwei() {
        for (String q : List.of("李方伟", "Fangwei Li", "LI, Fangwei", "Li Fang-wei", "li fang wei")) {
            MatchResult r = top(Schema.PERSON, q);
            assertThat(r.entity().id()).as(q).isEqualTo("us_ofac_sdn-11447");
            assertThat(r.match()).as(q).isTrue();
        }
    }

    @Test
    void uyghurNameInHanCharactersFindsItsLatinListing() {
        List<MatchResult> r = screen(Schema.PERSON, "艾尔肯·吐尼亚孜");
        assertThat(r).filteredOn(MatchResult::match).extracting(x -> x.entity().caption())
                .anyMatch(c -> c.toLowerCase().contains("tuniyaz"));
    }

    @Test
    void companyLegalFormsInOtherWordsStillFindTheUflpaEntry() {
        MatchResult r = top(Schema.COMPANY, "Zhuhai Pantum Electronics Company Limited");
        assertThat(r.entity().dataset()).isEqualTo("us_dhs_uflpa");
        assertThat(r.entity().caption()).isEqualTo("Zhuhai Pantum Electronics Co., Ltd.");
        assertThat(r.match()).isTrue();
        assertThat(r.describe()).contains("pantum");
    }

    @Test
    void aChineseCompanyWrittenSyllableBySyllableFindsItsListing() {
        // listed with 恒燁科技有限公司 and the English name: the syllables meet the characters
        MatchResult hengye = top(Schema.LEGAL_ENTITY, "Heng Ye Ke Ji You Xian Gong Si");
        assertThat(hengye.entity().caption()).isEqualTo("Hengye Tech Limited.");
        assertThat(hengye.match()).isTrue();
        MatchResult turpan = top(Schema.COMPANY, "Tu Lu Fan Yi Da Fang Zhi You Xian Gong Si");
        assertThat(turpan.entity().caption()).isEqualTo("Turpan Esquel Textile Co., Ltd.");
        assertThat(turpan.match()).isTrue();
    }

    @Test
    void aPersonsNameInSyllablesFindsNoCompany() {
        for (String q : List.of("Wang Xiao Ming", "Chen Guang", "Li Da Quan")) {
            assertThat(screen(Schema.LEGAL_ENTITY, q)).as(q).filteredOn(MatchResult::match)
                    .noneMatch(r -> r.entity().schema().isOrganisation());
        }
    }

    @Test
    void xpccIsFoundAndExplained() {
        List<MatchResult> all = screen(Schema.ORGANIZATION, "Xinjiang Production & Construction Corps");
        // listed by OFAC and on the UFLPA Entity List: both must be found, as matches
        assertThat(all).filteredOn(MatchResult::match).extracting(x -> x.entity().id())
                .contains("us_ofac_sdn-29299", "us_dhs_uflpa-xinjiang-production-and-construction-corps");
        MatchResult r = all.get(0);
        assertThat(r.explanation().get(0).feature()).isEqualTo("name_match");
        assertThat(r.explanation().get(0).detail()).contains("'production'='production'");
    }

    @Test
    void commonNamesOnNoListFindNothingAboveTheThreshold() {
        for (String q : List.of("Ingeborg Abrahamsen", "Kathryn Barr", "Pierre Dubois", "Maria Schmidt")) {
            assertThat(screen(Schema.PERSON, q)).as(q).noneMatch(MatchResult::match);
        }
    }

    @Test
    void aPersonQueryNeverReturnsACompanyOrVessel() {
        for (MatchResult r : screen(Schema.PERSON, "Xinjiang Production and Construction Corps")) {
            assertThat(r.entity().schema()).isIn(Schema.PERSON, Schema.LEGAL_ENTITY);
        }
        assertThat(screen(Schema.VESSEL, "EBANO")).allMatch(r -> r.entity().schema() == Schema.VESSEL);
    }

    @Test
    void aDisagreeingBirthYearLowersTheScoreAndSaysSo() {
        Query right = new Query(Schema.PERSON, List.of("SUN Jinlong"), List.of(PartialDate.ofYear(1962)), List.of(), List.of(), null);
        Query wrong = new Query(Schema.PERSON, List.of("SUN Jinlong"), List.of(PartialDate.ofYear(1990)), List.of(), List.of(), null);
        MatchResult a = index.match(right, MatchConfig.DEFAULT, 1, Set.of()).get(0);
        MatchResult b = index.match(wrong, MatchConfig.DEFAULT, 1, Set.of()).get(0);
        assertThat(a.entity().id()).isEqualTo(b.entity().id()).isEqualTo("us_ofac_sdn-29300");
        assertThat(b.score()).isLessThan(a.score());
        assertThat(b.explanation()).anyMatch(f -> f.feature().equals("dob_year_mismatch"));
    }

    @Test
    void anIdentifierAloneIsEvidence() {
        Query q = new Query(Schema.VESSEL, List.of("UNKNOWN SHIP"), List.of(), List.of(), List.of("IMO 7406784"), null);
        List<MatchResult> r = index.match(q, MatchConfig.DEFAULT, 3, Set.of());
        assertThat(r).isNotEmpty();
        assertThat(r.get(0).entity().id()).isEqualTo("us_ofac_sdn-4243");
        assertThat(r.get(0).score()).isGreaterThanOrEqualTo(MatchConfig.DEFAULT.identifierMatch());
    }

    @Test
    void datasetFilterKeepsToTheNamedLists() {
        List<MatchResult> r = index.match(Query.ofName(Schema.PERSON, "Zhu Hailun"), MatchConfig.DEFAULT, 5, Set.of("ca_sema"));
        assertThat(r).isNotEmpty().allMatch(x -> x.entity().dataset().equals("ca_sema"));
    }

    @Test
    void badNamesGiveNoResultsAndNoErrors() {
        for (String q : List.of("", "   ", "!!!---???", "\u0000\u0007\u001b", "x".repeat(10_000), "ab cd ef gh ij kl mn op qr st ".repeat(300))) {
            assertThat(screen(Schema.LEGAL_ENTITY, q)).as("query of %d chars", q.length()).noneMatch(MatchResult::match);
        }
    }

    @Test
    void theSameQueryGivesTheSameAnswer() {
        assertThat(screen(Schema.PERSON, "Mohammed Ali")).isEqualTo(screen(Schema.PERSON, "Mohammed Ali"));
    }

    @Test
    void namingEveryDatasetGivesTheAnswerOfNamingNone() {
        Set<String> all = new java.util.HashSet<>();
        index.entities().forEach(e -> all.add(e.dataset()));
        for (String name : List.of("Zhu Hailun", "Xinjiang Production and Construction Corps", "Chen Quanguo")) {
            assertThat(index.match(Query.ofName(Schema.LEGAL_ENTITY, name), MatchConfig.DEFAULT, 5, all))
                    .isEqualTo(index.match(Query.ofName(Schema.LEGAL_ENTITY, name), MatchConfig.DEFAULT, 5, Set.of()));
        }
    }

    @Test
    void warmingUpScreensTheNamesAskedForAndChangesNoAnswer() {
        List<MatchResult> before = screen(Schema.PERSON, "Chen Quanguo");
        assertThat(index.warmUp(300)).isEqualTo(300);
        assertThat(index.warmUp(0)).isZero();
        assertThat(screen(Schema.PERSON, "Chen Quanguo")).isEqualTo(before);
    }
}
