package org.clearance.match.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.match.MatchIndex;
import org.clearance.model.Entity;
import org.clearance.testing.ListsIndex;
import org.junit.jupiter.api.Test;

/**
 * Analysts' decisions applied after the rules on the real links of the bundled lists. The shared index is not
 * changed: {@link Linker#decide} is applied to its rules' groups.
 */
class LinkDecisionsTest {
    private static final String OFAC_TUNIYAZ = LinksTest.OFAC_TUNIYAZ;
    private static final String CANADA_TUNIYAZ = LinksTest.CANADA_TUNIYAZ;
    private static final String OFAC_XPCC = LinksTest.OFAC_XPCC;
    private static final String UFLPA_XPCC = LinksTest.UFLPA_XPCC;

    private static MatchIndex index() {
        return ListsIndex.get();
    }

    private static Map<String, String> datasetOf() {
        Map<String, String> m = new HashMap<>();
        index().entities().forEach(e -> m.put(e.id(), e.dataset()));
        return m;
    }

    private static Linker.Decided decide(LinkDecision... decisions) {
        return Linker.decide(index().groups(), List.of(decisions), datasetOf());
    }

    @Test
    void aSplitPairIsTwoPartiesAndOtherGroupsStayAsTheRulesMadeThem() {
        PartyGroups ruled = index().groups();
        assertThat(ruled.groupId(OFAC_TUNIYAZ)).isEqualTo(ruled.groupId(CANADA_TUNIYAZ));
        Linker.Decided d = decide(LinkDecision.of(1, OFAC_TUNIYAZ, CANADA_TUNIYAZ, LinkDecision.Kind.SPLIT));
        assertThat(d.groups().groupId(OFAC_TUNIYAZ)).isNotEqualTo(d.groups().groupId(CANADA_TUNIYAZ));
        assertThat(d.groups().linked(OFAC_TUNIYAZ)).isFalse();
        assertThat(d.groups().groupId(OFAC_XPCC)).isEqualTo(d.groups().groupId(UFLPA_XPCC));
        assertThat(d.groups().groups()).hasSize(ruled.groups().size() - 1);
        assertThat(d.entriesGone()).isEmpty();
        assertThat(d.refused()).isEmpty();
    }

    @Test
    void aSplitHoldsAgainstEveryPathOfLinksBetweenThePair() {
        // a party of three lists: splitting its first and last entries must not leave them joined through the third
        Map.Entry<String, List<String>> three = index().groups().groups().entrySet().stream()
                .filter(g -> g.getValue().size() >= 3).findFirst().orElseThrow();
        List<String> m = three.getValue();
        Linker.Decided d = decide(LinkDecision.of(7, m.get(0), m.get(m.size() - 1), LinkDecision.Kind.SPLIT));
        assertThat(d.groups().groupId(m.get(0))).isNotEqualTo(d.groups().groupId(m.get(m.size() - 1)));
    }

    @Test
    void aConfirmedPairIsOnePartyWithTheAnalystsRule() {
        // the XPCC's Public Security Bureau on Canada's list and the XPCC on the UFLPA list: not linked by the rules
        String bureau = "ca_sema-china_part-2_1";
        assertThat(index().groups().groupId(bureau)).isNotEqualTo(index().groups().groupId(UFLPA_XPCC));
        Linker.Decided d = decide(LinkDecision.of(3, bureau, UFLPA_XPCC, LinkDecision.Kind.CONFIRM));
        String group = d.groups().groupId(bureau);
        assertThat(group).isEqualTo(d.groups().groupId(UFLPA_XPCC));
        // the OFAC entry the rules linked to the UFLPA one joins too: the party now has three listings
        assertThat(d.groups().members(group)).contains(OFAC_XPCC);
        assertThat(d.groups().linksOf(group)).anySatisfy(l -> {
            assertThat(l.rule()).isEqualTo(LinkRule.ANALYST_CONFIRMED);
            assertThat(l.evidence()).isEqualTo("decision 3");
        });
    }

    @Test
    void decisionsOnEntriesNoLongerListedAreKeptAsGoneAndChangeNothing() {
        LinkDecision gone = LinkDecision.of(4, OFAC_TUNIYAZ, "ca_sema-delisted-entry", LinkDecision.Kind.SPLIT);
        Linker.Decided d = decide(gone);
        assertThat(d.entriesGone()).containsExactly(gone);
        assertThat(d.groups().links()).isEqualTo(index().groups().links());
    }

    @Test
    void aConfirmationOutranksTheRulesButNotASplitOrAListsOneEntryPerParty() {
        Entity otherOfac = index().entities().stream()
                .filter(e -> e.dataset().equals("us_ofac_sdn") && !index().groups().linked(e.id())).findFirst().orElseThrow();
        // the analysts say Canada's Tuniyaz is another OFAC entry: the rules' link to OFAC's Tuniyaz gives way
        LinkDecision other = LinkDecision.of(5, CANADA_TUNIYAZ, otherOfac.id(), LinkDecision.Kind.CONFIRM);
        Linker.Decided d = decide(other);
        assertThat(d.refused()).isEmpty();
        assertThat(d.groups().groupId(otherOfac.id())).isEqualTo(d.groups().groupId(CANADA_TUNIYAZ));
        assertThat(d.groups().linked(OFAC_TUNIYAZ)).isFalse();
        // a later confirmation of OFAC's Tuniyaz would list one party twice on OFAC's list: the later one holds
        LinkDecision later = LinkDecision.of(10, CANADA_TUNIYAZ, OFAC_TUNIYAZ, LinkDecision.Kind.CONFIRM);
        Linker.Decided two = decide(other, later);
        assertThat(two.refused()).containsExactly(other);
        assertThat(two.groups().groupId(OFAC_TUNIYAZ)).isEqualTo(two.groups().groupId(CANADA_TUNIYAZ));
        // a confirmation that a split contradicts through a third entry: the split holds
        LinkDecision confirm = LinkDecision.of(9, "ca_sema-china_part-2_1", UFLPA_XPCC, LinkDecision.Kind.CONFIRM);
        LinkDecision confirmOfac = LinkDecision.of(6, OFAC_XPCC, "ca_sema-china_part-2_1", LinkDecision.Kind.CONFIRM);
        Linker.Decided both = decide(confirmOfac, LinkDecision.of(8, OFAC_XPCC, UFLPA_XPCC, LinkDecision.Kind.SPLIT), confirm);
        assertThat(both.groups().groupId(OFAC_XPCC)).isNotEqualTo(both.groups().groupId(UFLPA_XPCC));
        assertThat(both.refused()).containsExactly(confirmOfac);
    }

    @Test
    void decisionsWrittenBesideAnIndexAreAppliedByWhoeverOpensTheFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // a job opening a shipped index has no store: the folder carries the decisions (clearance index path)
        String bureau = "ca_sema-china_part-2_1";
        List<Entity> some = ListsIndex.entities().stream()
                .filter(e -> List.of(bureau, UFLPA_XPCC, OFAC_TUNIYAZ).contains(e.id())).toList();
        assertThat(some).hasSize(3);
        MatchIndex.build(some, dir);
        Linker.linkInto(dir);
        PartyGroups.writeDecisions(dir, List.of(LinkDecision.of(11, bureau, UFLPA_XPCC, LinkDecision.Kind.CONFIRM)));
        assertThat(PartyGroups.readDecisions(dir)).containsExactly(new LinkDecision(11, bureau, UFLPA_XPCC, LinkDecision.Kind.CONFIRM));
        try (MatchIndex opened = MatchIndex.open(dir)) {
            assertThat(opened.groups().groupId(bureau)).isEqualTo(opened.groups().groupId(UFLPA_XPCC));
            assertThat(opened.groups().linked(OFAC_TUNIYAZ)).isFalse();
        }
        java.nio.file.Files.writeString(dir.resolve(PartyGroups.DECISIONS_FILE), "id\tleft\tright\tdecision\n12\ta\tb\tmerge\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PartyGroups.readDecisions(dir))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining(PartyGroups.DECISIONS_FILE + " line 2")
                .hasMessageContaining("merge");
    }
}
