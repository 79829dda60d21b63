package org.clearance.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.Tracer;
import org.junit.jupiter.api.Test;

class ExposureTest {
    /** Every document a raw, non-cotton link needs. */
    private static final List<String> ALL = EvidenceChecklist.kinds().stream()
            .filter(k -> k.scope() != DocumentKind.Scope.COTTON).map(DocumentKind::kind).toList();

    private static Party party(String id) {
        return new Party(id, "Party " + id, null, null, null);
    }

    private static Link link(String from, String to, Double qty, String unit, List<String> docs) {
        return new Link(from, to, "steel parts", "7326.90", qty, unit, docs);
    }

    private static Map<String, Exposure> exposure(List<Party> parties, List<Link> links, String riskyParty) throws Exception {
        SupplyChain c = SupplyChain.of("test", "widget", parties, links);
        Tracer.Trace t = new Tracer(p -> p.id().equals(riskyParty)
                ? List.of(new Finding(p.id(), Finding.Kind.UFLPA_LISTED, "listed", "x", 1.0)) : List.of(), p -> List.of()).trace(c);
        return Assessment.of(t).exposure();
    }

    @Test
    void sharesFollowQuantitiesAndAnUndocumentedLinkMakesItsCleanShareUnknown() throws Exception {
        // maker gets 600 kg from a listed supplier, 300 kg documented, 100 kg with no documents
        Map<String, Exposure> x = exposure(List.of(party("listed"), party("good"), party("vague"), party("maker")),
                List.of(link("listed", "maker", 600.0, "kg", ALL), link("good", "maker", 300.0, "kg", ALL),
                        link("vague", "maker", 100.0, "KG", List.of())), "listed");
        Exposure m = x.get("maker");
        assertThat(m.weighting()).isEqualTo(Exposure.Weighting.QUANTITY);
        assertThat(m.atRisk()).isCloseTo(0.6, within(1e-9));
        assertThat(m.clean()).isCloseTo(0.3, within(1e-9));
        assertThat(m.unknown()).isCloseTo(0.1, within(1e-9));
        assertThat(x.get("listed").weighting()).isEqualTo(Exposure.Weighting.OWN_RISK);
        assertThat(x.get("good").weighting()).isEqualTo(Exposure.Weighting.ORIGIN);
    }

    @Test
    void sharesCarryDownstreamAndAGapOnTheWayTurnsCleanIntoUnknown() throws Exception {
        // a -> b documented, b -> c undocumented: c cannot show a clean origin
        Map<String, Exposure> x = exposure(List.of(party("a"), party("b"), party("c")),
                List.of(link("a", "b", 1.0, "t", ALL), link("b", "c", 1.0, "t", List.of("invoice"))), "none");
        assertThat(x.get("b").clean()).isCloseTo(1.0, within(1e-9));
        assertThat(x.get("c").unknown()).isCloseTo(1.0, within(1e-9));
        assertThat(x.get("c").clean()).isZero();
    }

    @Test
    void missingQuantitiesOrMixedUnitsWeighEqualAndSaySo() throws Exception {
        Map<String, Exposure> x = exposure(List.of(party("listed"), party("other"), party("maker")),
                List.of(link("listed", "maker", 5.0, "kg", ALL), link("other", "maker", 999.0, "pcs", ALL)), "listed");
        assertThat(x.get("maker").weighting()).isEqualTo(Exposure.Weighting.EQUAL);
        assertThat(x.get("maker").note()).contains("different units").contains("kg").contains("pcs");
        assertThat(x.get("maker").atRisk()).isCloseTo(0.5, within(1e-9));
        Map<String, Exposure> y = exposure(List.of(party("listed"), party("other"), party("maker")),
                List.of(link("listed", "maker", null, null, ALL), link("other", "maker", 3.0, "kg", ALL)), "listed");
        assertThat(y.get("maker").note()).contains("'listed' has no quantity");
    }

    @Test
    void sharesAlwaysAddUpToOne() throws Exception {
        Map<String, Exposure> x = exposure(List.of(party("a"), party("b"), party("c"), party("d")),
                List.of(link("a", "c", 0.3, "t", ALL), link("b", "c", 0.7, "t", List.of()), link("c", "d", 1.0, "t", ALL),
                        link("a", "d", 0.1, "t", List.of("invoice"))), "b");
        for (Exposure e : x.values()) {
            assertThat(e.atRisk() + e.unknown() + e.clean()).isCloseTo(1.0, within(1e-9));
        }
    }
}
