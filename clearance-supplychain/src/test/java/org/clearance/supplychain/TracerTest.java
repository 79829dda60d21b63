package org.clearance.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TracerTest {
    private static SupplyChain chain(List<Party> parties, List<Link> links) throws Exception {
        return SupplyChain.of("test", "product", parties, links);
    }

    private static Party party(String id) {
        return new Party(id, "Party " + id, null, null, null);
    }

    private static Link link(String from, String to, String goods, String hs) {
        return new Link(from, to, goods, hs, null, null, List.of());
    }

    /** A chain where the party listed "polysilicon" sits three tiers above the importer. */
    @Test
    void aRiskThreeTiersUpMarksEveryoneDownstreamWithThePath() throws Exception {
        SupplyChain c = chain(List.of(party("quartz"), party("poly"), party("wafer"), party("cell"), party("module"), party("other")),
                List.of(link("quartz", "poly", "quartzite", "2506.10"), link("poly", "wafer", "polysilicon chunks", "2804.61"),
                        link("wafer", "cell", "mono wafers", "3818.00"), link("cell", "module", "solar cells", "8541.42"),
                        link("other", "module", "aluminium frames", "7604.29")));
        Tracer tracer = new Tracer(p -> p.id().equals("poly")
                ? List.of(new Finding("poly", Finding.Kind.UFLPA_LISTED, "on the UFLPA Entity List", "us_dhs_uflpa-x", 1.0))
                : List.of(), p -> List.of());
        Tracer.Trace t = tracer.trace(c);
        assertThat(t.pathsToRisk().get("module")).containsExactly(List.of("module", "cell", "wafer", "poly"));
        assertThat(t.atRisk()).containsEntry("module", true).containsEntry("cell", true).containsEntry("wafer", true)
                .containsEntry("poly", true).containsEntry("quartz", false).containsEntry("other", false);
        assertThat(t.findings()).filteredOn(f -> f.kind() == Finding.Kind.HIGH_PRIORITY_SECTOR)
                .extracting(Finding::partyId).contains("poly", "cell", "other");
    }

    @Test
    void aCleanChainHasNoPathsAndNoOneAtRisk() throws Exception {
        SupplyChain c = chain(List.of(party("a"), party("b")), List.of(link("a", "b", "wooden chairs", "9401.61")));
        Tracer.Trace t = new Tracer(p -> List.of(), p -> List.of()).trace(c);
        assertThat(t.pathsToRisk()).containsEntry("b", List.of());
        assertThat(t.atRisk().values()).containsOnly(false);
        assertThat(t.findings()).isEmpty();
    }

    @Test
    void everyPathToEachRiskIsReported() throws Exception {
        // two routes from the ginner to the importer
        SupplyChain c = chain(List.of(party("gin"), party("spin1"), party("spin2"), party("mill"), party("imp")),
                List.of(link("gin", "spin1", "cotton lint", "5201"), link("gin", "spin2", "cotton lint", "5201"),
                        link("spin1", "mill", "yarn", "5205"), link("spin2", "mill", "yarn", "5205"), link("mill", "imp", "fabric", "5208")));
        Tracer.Trace t = new Tracer(p -> List.of(), p -> p.id().equals("gin")
                ? List.of(new Finding("gin", Finding.Kind.XINJIANG_LOCATION, "Aksu", "阿克苏地区", 0.9)) : List.of()).trace(c);
        assertThat(t.pathsToRisk().get("imp")).containsExactlyInAnyOrder(
                List.of("imp", "mill", "spin1", "gin"), List.of("imp", "mill", "spin2", "gin"));
    }

    @Test
    void aHundredThousandTierChainTracesInLinearTime() throws Exception {
        List<Party> parties = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i <= 100_000; i++) {
            parties.add(party("p" + i));
            if (i > 0) {
                links.add(link("p" + (i - 1), "p" + i, "part", null));
            }
        }
        SupplyChain c = chain(parties, links);
        Tracer.Trace t = new Tracer(p -> p.id().equals("p0")
                ? List.of(new Finding("p0", Finding.Kind.SANCTIONS_LISTED, "listed", "x", 1.0)) : List.of(), p -> List.of()).trace(c);
        assertThat(t.pathsToRisk().get("p100000")).singleElement().satisfies(path -> {
            assertThat(path).hasSize(100_001);
            assertThat(path.get(0)).isEqualTo("p100000");
            assertThat(path.get(100_000)).isEqualTo("p0");
        });
        assertThat(t.atRisk().values()).containsOnly(true);
        assertThat(Map.copyOf(t.atRisk())).hasSize(100_001);
        assertThat(Set.copyOf(t.findings())).hasSize(1);
    }

    @Test
    void anInvalidHsCodeOrAStrayPartyIsAWarningAndTheRestIsStillTraced() throws Exception {
        SupplyChain c = chain(List.of(party("a"), party("b"), party("stray")),
                List.of(link("a", "b", "cotton yarn", "99.77.12")));
        Tracer.Trace t = new Tracer(p -> List.of(), p -> List.of()).trace(c);
        assertThat(t.warnings()).containsExactly("party 'stray' (Party stray) has no link to the rest of the chain",
                "link 1 (a -> b): HS code '99.77.12' is not a valid HS code; the sector is read from the description only");
        assertThat(t.findings()).extracting(Finding::reference).containsExactly("cotton_apparel");
    }
}
