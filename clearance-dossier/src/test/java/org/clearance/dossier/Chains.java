package org.clearance.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearance.evidence.Assessment;
import org.clearance.evidence.DocumentKind;
import org.clearance.evidence.EvidenceChecklist;
import org.clearance.supplychain.Finding;
import org.clearance.supplychain.Link;
import org.clearance.supplychain.Party;
import org.clearance.supplychain.SupplyChain;
import org.clearance.supplychain.Tracer;

/** Chains for dossier tests, traced with a stand-in screen so the tests need no list index. */
final class Chains {
    private Chains() {}

    /** Every document a link other than a raw cotton link needs. */
    static final List<String> ALL_DOCS = EvidenceChecklist.kinds().stream()
            .filter(k -> k.scope() != DocumentKind.Scope.COTTON).map(DocumentKind::kind).toList();

    static final List<ListVersionUsed> LISTS = List.of(
            new ListVersionUsed("us_dhs_uflpa", "UFLPA Entity List", 7, LocalDate.of(2025, 1, 15), 92, "bafa331ad1738e5b0000"),
            new ListVersionUsed("us_ofac_sdn", "OFAC SDN List", 2, LocalDate.of(2024, 5, 3), 14_965, "644e38a1162d86a70000"));

    /**
     * A solar module: a polysilicon maker three tiers above the importer is on the UFLPA list and sits in
     * Shihezi; a second, documented wafer source in Norway.
     */
    static Assessment solar() throws Exception {
        List<Party> parties = List.of(
                new Party("quartz", "Guangxi Quartz Mining", "Beihai, Guangxi", "CN", "quartzite mine"),
                new Party("poly", "Hoshine Silicon (Shihezi) Co.", "石河子市北泉镇, 新疆", "CN", "polysilicon maker"),
                new Party("wafer", "Jiangsu Wafer Tech", "Yangzhou, Jiangsu", "CN", "wafer maker"),
                new Party("nwafer", "Nordic Wafer AS <script>alert(1)</script>", "Porsgrunn", "NO", "wafer maker"),
                new Party("cell", "Hanoi Cell Co.", "Bac Ninh", "VN", "cell maker"),
                new Party("module", "Sunfield Modules LLC", "Ohio", "US", "importer"));
        List<Link> links = List.of(
                new Link("quartz", "poly", "quartzite", "2506.10", 500.0, "t", ALL_DOCS),
                new Link("poly", "wafer", "polysilicon chunks 多晶硅", "2804.61", 60.0, "t", List.of("invoice")),
                new Link("wafer", "cell", "mono wafers", "3818.00", 30.0, "t", ALL_DOCS),
                new Link("nwafer", "cell", "mono wafers", "3818.00", 10.0, "t", ALL_DOCS),
                new Link("cell", "module", "solar cells", "8541.42", 40.0, "t", ALL_DOCS));
        return assess(SupplyChain.of("solar.json", "Solar module 400 W", parties, links), "poly");
    }

    /** A straight chain of {@code n} parties, the first one listed, every link documented. */
    static Assessment straight(int n) throws Exception {
        return straight(n, ALL_DOCS);
    }

    /** A straight chain of {@code n} parties, the first one listed, every link holding {@code docs}. */
    static Assessment straight(int n, List<String> docs) throws Exception {
        List<Party> parties = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parties.add(new Party("p" + i, "Party " + i, null, null, null));
            if (i > 0) {
                links.add(new Link("p" + (i - 1), "p" + i, "parts", null, 1.0, "t", docs));
            }
        }
        return assess(SupplyChain.of("straight.json", "widget", parties, links), "p0");
    }

    static Assessment assess(SupplyChain c, String listed) {
        Tracer.Trace t = new Tracer(p -> p.id().equals(listed)
                ? List.of(new Finding(p.id(), Finding.Kind.UFLPA_LISTED, "matches " + p.name() + " on us_dhs_uflpa (score 0.97)",
                        "us_dhs_uflpa-x", 0.97))
                : List.of()).trace(c);
        return Assessment.of(t);
    }

    static Dossier dossier(Assessment a) {
        return new Dossier(a, LISTS, a.trace().chain().product() + ".json", Instant.parse("2026-11-29T02:00:00Z"));
    }
}
