package org.clearance.match.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.NameAlignment;
import org.clearance.match.Query;
import org.clearance.model.Entity;
import org.clearance.model.Schema;
import org.clearance.testing.ListsIndex;
import org.junit.jupiter.api.Test;

/** Each linking rule on real entries of the bundled lists, linked and not linked, and the parties screening returns. */
class LinksTest {
    /** Erkin Tuniyaz on OFAC's and Canada's lists, and the XPCC on OFAC's and the UFLPA list: linked by the rules. */
    static final String OFAC_TUNIYAZ = "us_ofac_sdn-34119";
    static final String CANADA_TUNIYAZ = "ca_sema-china_part-1_6";
    static final String OFAC_XPCC = "us_ofac_sdn-29299";
    static final String UFLPA_XPCC = "us_dhs_uflpa-xinjiang-production-and-construction-corps";

    private static MatchIndex index() {
        return ListsIndex.get();
    }

    private static Entity entity(String id) {
        return index().entity(id).orElseThrow(() -> new AssertionError("no entry " + id));
    }

    /** Names scored as the linker scores them: the lower of the two directions. */
    private static final LinkRules.NameScore NAMES = (a, b) -> Math.min(score(a, b), score(b, a));

    private static double score(Entity a, Entity b) {
        return index().nameAlignment(Linker.queryOf(a), b, MatchConfig.DEFAULT).map(NameAlignment::score).orElse(0.0);
    }

    private static LinkRules.Verdict judge(String a, String b) {
        return LinkRules.judge(entity(a), entity(b), NAMES);
    }

    private static Link linkBetween(String a, String b) {
        PartyGroups groups = index().groups();
        return groups.links().stream().filter(l -> Set.of(l.left(), l.right()).equals(Set.of(a, b))).findFirst()
                .orElseThrow(() -> new AssertionError("no link between " + a + " and " + b));
    }

    @Test
    void erkinTuniyazIsOnePartyOfOfacAndCanadaByNameAndBirthYear() {
        // Canada writes 1961-01, OFAC Dec 1961: the year is what the rule holds them to
        Link link = linkBetween(OFAC_TUNIYAZ, CANADA_TUNIYAZ);
        assertThat(link.rule()).isEqualTo(LinkRule.NAME_AND_BIRTH_DATE);
        assertThat(link.evidence()).contains("names 0.98").contains("(1961)");
        String group = index().groups().groupId(OFAC_TUNIYAZ);
        assertThat(group).startsWith(PartyGroups.GROUP_PREFIX).isEqualTo(index().groups().groupId(CANADA_TUNIYAZ));
        assertThat(index().groups().members(group)).containsExactly(CANADA_TUNIYAZ, OFAC_TUNIYAZ);
    }

    @Test
    void theXpccIsOnePartyOfOfacAndTheUflpaListByItsExactName() {
        // OFAC names no country for it, so only the long name written word for word links it
        Link link = linkBetween(OFAC_XPCC, UFLPA_XPCC);
        assertThat(link.rule()).isEqualTo(LinkRule.EXACT_NAME);
        assertThat(link.evidence()).contains("xinjiang production and construction corps");
        assertThat(index().groups().groupId(OFAC_XPCC)).isEqualTo(index().groups().groupId(UFLPA_XPCC));
    }

    @Test
    void aPartOfTheXpccIsNotTheXpcc() {
        // Canada lists the XPCC's Public Security Bureau: a screening match (0.85), not the same party
        LinkRules.Verdict v = judge("ca_sema-china_part-2_1", UFLPA_XPCC);
        assertThat(v.linked()).isFalse();
        assertThat(index().groups().groupId("ca_sema-china_part-2_1")).isNotEqualTo(index().groups().groupId(UFLPA_XPCC));
    }

    @Test
    void sharedPassportsLinkOnlyWhereTheNamesAgree() {
        // the UN gives passports 6620505 and 9003213 both to Ali Akbar Tabatabaei and to Azim Aghajani; OFAC's
        // Tabatabaei carries them too
        LinkRules.Verdict tabatabaei = judge("un_sc_sanctions-IRi.041", "us_ofac_sdn-13106");
        assertThat(tabatabaei.linked()).isTrue();
        assertThat(tabatabaei.link().rule()).isEqualTo(LinkRule.SHARED_IDENTIFIER);
        assertThat(tabatabaei.link().evidence()).contains("passport 6620505").contains("passport 9003213");
        LinkRules.Verdict aghajani = judge("un_sc_sanctions-IRi.003", "us_ofac_sdn-13106");
        assertThat(aghajani.linked()).isFalse();
        assertThat(aghajani.refusal()).contains("passport 6620505").contains("names only");
        assertThat(index().groups().groupId("un_sc_sanctions-IRi.003")).isEqualTo("un_sc_sanctions-IRi.003");
    }

    @Test
    void aShipRenamedKeepsItsImoNumber() {
        // Canada lists the tanker as Daksha, OFAC as HEBE: one IMO number, names that share nothing
        Entity canada = ListsIndex.byCaption("ca_sema", "Daksha");
        Link link = linkBetween(canada.id(), "us_ofac_sdn-48415");
        assertThat(link.rule()).isEqualTo(LinkRule.SHARED_IDENTIFIER);
        assertThat(link.evidence()).contains("IMO 9259185");
    }

    @Test
    void nearIdenticalNamesAloneDoNotLink() {
        // Canada gives no birth date for many of the people it lists: near-identical names alone are weak evidence
        List<Entity> noBirthDate = index().entities().stream()
                .filter(e -> e.dataset().equals("ca_sema") && e.schema() == Schema.PERSON && e.birthDates().isEmpty())
                .toList();
        assertThat(noBirthDate).isNotEmpty();
        assertThat(noBirthDate).allMatch(e -> index().groups().linksOf(index().groups().groupId(e.id())).stream()
                .noneMatch(l -> l.rule() == LinkRule.NAME_AND_BIRTH_DATE || l.rule() == LinkRule.NAME_AND_COUNTRY));
    }

    @Test
    void aBirthYearInDisagreementRefusesEvenAnExactName() {
        // the same name is not the same man when the lists give different birth years
        Entity ofac = entity(OFAC_TUNIYAZ);
        Entity other = Entity.builder("ca_sema", "test", Schema.PERSON).name("Erken Tuniyaz", org.clearance.model.NameKind.PRIMARY)
                .birthDate(org.clearance.model.PartialDate.ofYear(1975)).build();
        LinkRules.Verdict v = LinkRules.judge(other, ofac, NAMES);
        assertThat(v.linked()).isFalse();
        assertThat(v.refusal()).contains("birth dates 1975 vs 1961-12");
    }

    @Test
    void aGroupNeverHoldsTwoEntriesOfOneList() {
        Map<String, String> datasetOf = index().entities().stream().collect(Collectors.toMap(Entity::id, Entity::dataset));
        for (List<String> members : index().groups().groups().values()) {
            assertThat(members.stream().map(datasetOf::get).distinct().count()).as("lists of %s", members).isEqualTo(members.size());
        }
    }

    @Test
    void everyLinkIsWrittenAndReadBackWithItsRuleAndEvidence(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        index().groups().write(dir);
        PartyGroups read = PartyGroups.read(dir);
        assertThat(read.links()).isEqualTo(index().groups().links());
        assertThat(read.groups()).isEqualTo(index().groups().groups());
    }

    @Test
    void screeningErkinTuniyazFindsOnePartyWithBothListings() {
        List<PartyMatch> parties = index().matchParties(Query.ofName(Schema.PERSON, "Erkin Tuniyaz"), MatchConfig.DEFAULT, 5, Set.of());
        PartyMatch first = parties.get(0);
        assertThat(first.best().entity().id()).isEqualTo(CANADA_TUNIYAZ);
        assertThat(first.listings()).extracting(l -> l.entity().id()).containsExactly(CANADA_TUNIYAZ, OFAC_TUNIYAZ);
        assertThat(first.datasets()).containsExactly("ca_sema", "us_ofac_sdn");
        assertThat(parties).extracting(PartyMatch::groupId).doesNotHaveDuplicates();
        // the same screening entry by entry has the two listings as two results
        assertThat(index().match(Query.ofName(Schema.PERSON, "Erkin Tuniyaz"), MatchConfig.DEFAULT, 5, Set.of()))
                .extracting(r -> r.entity().id()).contains(CANADA_TUNIYAZ, OFAC_TUNIYAZ);
    }

    @Test
    void aListLeftOutOfAScreeningLeavesItsListingOutOfTheParty() {
        List<PartyMatch> parties = index().matchParties(Query.ofName(Schema.PERSON, "Erkin Tuniyaz"), MatchConfig.DEFAULT, 5,
                Set.of("ca_sema"));
        assertThat(parties.get(0).listings()).extracting(l -> l.entity().id()).containsExactly(CANADA_TUNIYAZ);
    }
}
