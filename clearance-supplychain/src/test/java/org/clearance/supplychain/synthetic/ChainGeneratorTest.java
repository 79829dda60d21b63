package org.clearance.supplychain.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clearance.io.ListInput;
import org.clearance.lists.ListFormat;
import org.clearance.lists.ListFormats;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.sectors.Sectors;
import org.clearance.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChainGeneratorTest {
    private static List<Entity> uflpa;

    @BeforeAll
    static void readUflpaList() throws Exception {
        ListInput in = ListInput.of(SharedData.path("uflpa/uflpa_entity_list.csv"));
        ListFormat format = ListFormats.detect(in);
        uflpa = SharedData.parse(format, in, "us_dhs_uflpa").entities();
    }

    @Test
    void theSameSeedGivesTheSameChainAndAnotherSeedAnother() {
        SupplyChain a = ChainGenerator.generate(2000, 7, uflpa).chain();
        SupplyChain b = ChainGenerator.generate(2000, 7, uflpa).chain();
        SupplyChain c = ChainGenerator.generate(2000, 8, uflpa).chain();
        assertThat(b.parties()).isEqualTo(a.parties());
        assertThat(b.links()).isEqualTo(a.links());
        assertThat(c.links()).isNotEqualTo(a.links());
    }

    @Test
    void theChainHasExactlyTheLinksAskedForAndNoCycle() {
        for (int n : List.of(ChainGenerator.MIN_LINKS, 2000, 7777)) {
            SupplyChain chain = ChainGenerator.generate(n, n, uflpa).chain();
            assertThat(chain.links()).as("links for %d", n).hasSize(n);
            assertThat(chain.upstreamFirst()).as("every party in a topological order for %d", n).hasSize(chain.parties().size());
            assertThat(chain.links().stream().map(l -> l.supplier() + ">" + l.buyer()).distinct()).hasSize(n);
        }
        assertThatThrownBy(() -> ChainGenerator.generate(ChainGenerator.MIN_LINKS - 1, 1, uflpa))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least " + ChainGenerator.MIN_LINKS);
    }

    @Test
    void suppliersAreSharedAndBuyersHaveSeveralSuppliersEndingAtTheImporters() {
        SupplyChain chain = ChainGenerator.generate(2000, 1, uflpa).chain();
        Map<String, Long> buyersPerSupplier = chain.links().stream().collect(Collectors.groupingBy(Link::supplier, Collectors.counting()));
        assertThat(buyersPerSupplier.values()).as("a web, not a tree: some supplier sells to several buyers").anyMatch(n -> n >= 2);
        assertThat(chain.parties().keySet()).anyMatch(id -> chain.inputsOf(id).size() >= 2);
        assertThat(chain.ends()).isNotEmpty().allMatch(p -> "importer".equals(p.role()));
        assertThat(chain.parties().values()).allMatch(p -> buyersPerSupplier.containsKey(p.id()) || !chain.inputsOf(p.id()).isEmpty());
        // aluminium frames and copper wire go into solar modules
        assertThat(ChainGenerator.generate(20_000, 1, uflpa).chain().links())
                .anyMatch(l -> l.supplier().startsWith("aluminium-") && l.buyer().startsWith("solar-"))
                .anyMatch(l -> l.supplier().startsWith("copper-") && l.buyer().startsWith("solar-"));
    }

    @Test
    void everyLinkHasAValidHsCodeInSeveralSectorsWithGoodsAndDocuments() {
        SupplyChain chain = ChainGenerator.generate(2000, 2, uflpa).chain();
        assertThat(chain.links()).allMatch(l -> l.hsCode() != null && Sectors.isValidHs(l.hsCode()) && l.goods() != null);
        assertThat(chain.links().stream().map(l -> l.hsCode().substring(0, 2)).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(chain.links()).anyMatch(l -> l.quantity() == null).anyMatch(l -> l.quantity() != null);
        assertThat(chain.links()).anyMatch(l -> l.documents().size() >= 5);
    }

    @Test
    void namesAndXinjiangAddressesComeInSeveralScripts() {
        ChainGenerator.Generated g = ChainGenerator.generate(2000, 3, uflpa);
        List<Party> parties = List.copyOf(g.chain().parties().values());
        assertThat(parties).anyMatch(p -> hasScript(p.name(), Character.UnicodeScript.HAN))
                .anyMatch(p -> p.name().endsWith("Co., Ltd.")).anyMatch(p -> p.name().endsWith("GmbH") || p.name().endsWith(" AG"));
        List<String> xinjiang = g.xinjiang().stream().map(id -> g.chain().parties().get(id).address()).toList();
        assertThat(xinjiang).isNotEmpty().allMatch(ChainGenerator.XINJIANG_ADDRESSES::contains)
                .anyMatch(a -> hasScript(a, Character.UnicodeScript.ARABIC))
                .anyMatch(a -> hasScript(a, Character.UnicodeScript.HAN))
                .anyMatch(a -> a.chars().allMatch(ch -> ch < 0x80));
    }

    @Test
    void plantedPartiesCarryTheNameOfTheirListEntry() {
        ChainGenerator.Generated g = ChainGenerator.generate(2000, 4, uflpa);
        Map<String, Entity> byId = uflpa.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        assertThat(g.planted()).hasSizeGreaterThanOrEqualTo(ChainGenerator.MIN_PLANTED);
        assertThat(g.planted().values()).doesNotHaveDuplicates();
        g.planted().forEach((party, entity) -> assertThat(byId.get(entity).names()).extracting(Name::full)
                .contains(g.chain().parties().get(party).name()));
        assertThat(ChainGenerator.generate(2000, 4, List.of()).planted()).isEmpty();
    }

    private static boolean hasScript(String s, Character.UnicodeScript script) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == script);
    }
}
