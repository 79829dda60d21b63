package org.clearance.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearance.evidence.Assessment;
import org.clearance.evidence.DocumentKind;
import org.clearance.evidence.Exposure;
import org.clearance.evidence.LinkEvidence;
import org.clearance.io.ListInput;
import org.clearance.match.MatchConfig;
import org.clearance.testing.ListsIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worked examples in {@code examples/}, traced with the real lists: exactly the findings, paths,
 * shares and documents worked out by hand from each file. Findings are written "KIND party reference",
 * where the reference of a Xinjiang location is the place's name in the gazetteer
 * ({@code shared/data/xinjiang_gazetteer.csv}) and that of a sector its id in {@code sectors.tsv}.
 */
class ExamplesTest {
    private static Tracer tracer;

    @BeforeAll
    static void screenWithTheRealLists() {
        tracer = new Tracer(new ListScreen(ListsIndex.get(), MatchConfig.DEFAULT));
    }

    static Path example(String name) {
        return Path.of(System.getProperty("clearance.root"), "examples", name);
    }

    private static Assessment assess(String name) throws Exception {
        return Assessment.of(tracer.trace(ChainReader.read(ListInput.of(example(name)))));
    }

    private static List<String> findings(Tracer.Trace t) {
        return t.findings().stream().map(f -> f.kind() + " " + f.partyId() + " " + f.reference()).toList();
    }

    /** Each link as "supplier -> buyer" with the kinds of document it lacks, in link order. */
    private static Map<String, List<String>> missing(Assessment a) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (LinkEvidence e : a.evidence()) {
            assertThat(e.documented()).as("%s -> %s", e.supplier(), e.buyer()).isEqualTo(e.missing().isEmpty());
            out.put(e.supplier() + " -> " + e.buyer(), e.missing().stream().map(DocumentKind::kind).toList());
        }
        return out;
    }

    private static List<String> described(Tracer.Trace t, String end) {
        return t.pathsToRisk().get(end).stream().map(p -> PathText.describe(t.chain(), p)).toList();
    }

    private static void shares(Exposure x, double atRisk, double unknown, double clean) {
        assertThat(x.atRisk()).as("%s at risk", x.partyId()).isCloseTo(atRisk, within(1e-9));
        assertThat(x.unknown()).as("%s unknown", x.partyId()).isCloseTo(unknown, within(1e-9));
        assertThat(x.clean()).as("%s clean", x.partyId()).isCloseTo(clean, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"solar-module", "tomato-paste"})
    void theCsvTwinReadsTheSameAsTheJson(String name) throws Exception {
        SupplyChain json = ChainReader.read(ListInput.of(example(name + ".json")));
        SupplyChain csv = ChainReader.read(ListInput.of(example(name + ".csv")));
        assertThat(csv.product()).isEqualTo(json.product()).isNotBlank();
        assertThat(csv.parties()).containsExactlyEntriesOf(json.parties());
        assertThat(csv.links()).containsExactlyElementsOf(json.links());
    }

    @Test
    void cottonTshirt() throws Exception {
        Assessment a = assess("cotton-tshirt.json");
        Tracer.Trace t = a.trace();
        // the farm ("Awat County") and the ginner ("阿克苏市") are in Aksu prefecture; the spinner's "88 Xinjiang
        // Road, Wuxi" is a street; every link carries cotton (HS 52, 60, 61), so every supplier is in the sector
        assertThat(findings(t)).containsExactlyInAnyOrder(
                "XINJIANG_LOCATION farm 阿瓦提县", "XINJIANG_LOCATION ginner 阿克苏市",
                "HIGH_PRIORITY_SECTOR farm cotton_apparel", "HIGH_PRIORITY_SECTOR ginner cotton_apparel",
                "HIGH_PRIORITY_SECTOR spinner cotton_apparel", "HIGH_PRIORITY_SECTOR knitter cotton_apparel",
                "HIGH_PRIORITY_SECTOR garments cotton_apparel");
        assertThat(t.pathsToRisk()).containsOnlyKeys("importer");
        assertThat(t.pathsToRisk().get("importer")).containsExactlyInAnyOrder(
                List.of("importer", "garments", "knitter", "spinner", "ginner"),
                List.of("importer", "garments", "knitter", "spinner", "ginner", "farm"));
        String toGinner = "Men's cotton T-shirt, style 4410 (HS 6109.10) <- men's cotton T-shirts (Mekong Apparel Co., Ltd., VN)"
                + " <- cotton single jersey knit fabric (Saigon Knit Fabrics JSC, VN) <- combed cotton yarn 40s (Wuxi Everbright"
                + " Yarn Co., Ltd., CN) <- cotton lint, not carded or combed (Awat Tianyuan Cotton Ginning Co., Ltd., CN)";
        assertThat(described(t, "importer")).containsExactlyInAnyOrder(toGinner,
                toGinner + " <- seed cotton (Awat County cotton cooperative, CN)");
        // one line of supply: all of it passes the ginner in Aksu
        shares(a.exposure().get("importer"), 1, 0, 0);
        // the raw cotton link needs origin evidence (certificate or isotope test: neither is held); the knitter's
        // transport records stand in for a bill of lading
        assertThat(missing(a)).containsExactly(
                Map.entry("farm -> ginner", List.of("packing_list", "bill_of_lading", "proof_of_payment", "production_records",
                        "origin_certificate", "isotope_test")),
                Map.entry("ginner -> spinner", List.of("proof_of_payment", "production_records")),
                Map.entry("spinner -> knitter", List.of()),
                Map.entry("knitter -> garments", List.of()),
                Map.entry("garments -> importer", List.of()));
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void solarModule() throws Exception {
        Assessment a = assess("solar-module.json");
        Tracer.Trace t = a.trace();
        // the polysilicon maker is the UFLPA entry "Xinjiang Daqo New Energy Co., Ltd." written "Company Limited",
        // with an address in Shihezi in Chinese; the quarry (Yizhou District, Hami) and the smelter (Shanshan
        // County, Turpan) are in Xinjiang too; every link is in the silica sector (HS 2506, 2804, 3818, 8541.4x)
        String daqo = ListsIndex.byCaption(ListScreen.UFLPA_DATASET, "Xinjiang Daqo New Energy Co., Ltd.").id();
        assertThat(findings(t)).containsExactlyInAnyOrder(
                "UFLPA_LISTED poly " + daqo,
                "XINJIANG_LOCATION quarry 伊州区", "XINJIANG_LOCATION smelter 鄯善县", "XINJIANG_LOCATION poly 石河子市",
                "HIGH_PRIORITY_SECTOR quarry polysilicon_solar", "HIGH_PRIORITY_SECTOR smelter polysilicon_solar",
                "HIGH_PRIORITY_SECTOR poly polysilicon_solar", "HIGH_PRIORITY_SECTOR wafer polysilicon_solar",
                "HIGH_PRIORITY_SECTOR smelter-no polysilicon_solar", "HIGH_PRIORITY_SECTOR poly-de polysilicon_solar",
                "HIGH_PRIORITY_SECTOR wafer-my polysilicon_solar", "HIGH_PRIORITY_SECTOR cell polysilicon_solar",
                "HIGH_PRIORITY_SECTOR module polysilicon_solar");
        List<String> toPoly = List.of("importer", "module", "cell", "wafer", "poly");
        assertThat(t.pathsToRisk()).containsOnlyKeys("importer");
        assertThat(t.pathsToRisk().get("importer")).containsExactlyInAnyOrder(toPoly,
                List.of("importer", "module", "cell", "wafer", "poly", "smelter"),
                List.of("importer", "module", "cell", "wafer", "poly", "smelter", "quarry"));
        String poly = "Monocrystalline PV module, 144 half-cut cells, 550 W (HS 8541.43) <- PV modules 550 W (Eastern Seaboard"
                + " Solar Modules Co., Ltd., TH) <- PERC solar cells, not assembled (Red River Photovoltaic Cell Co., Ltd., VN)"
                + " <- monocrystalline silicon wafers M10 (182 mm) (Qujing Skyline Crystal Silicon Co., Ltd., CN)"
                + " <- polysilicon chunks, solar grade (Xinjiang Daqo New Energy Company Limited, China)";
        String smelter = poly + " <- silicon metal 553 (metallurgical grade) (Piqan Jinyuan Silicon Metal Co., Ltd., CN)";
        assertThat(described(t, "importer")).containsExactlyInAnyOrder(poly, smelter,
                smelter + " <- quartz lumps, SiO2 99.5% (Hami Jingshi Quartz Mining Co., Ltd., CN)");
        assertThat(t.atRisk()).containsEntry("wafer", true).containsEntry("cell", true)
                .containsEntry("wafer-my", false).containsEntry("poly-de", false).containsEntry("smelter-no", false);
        // the cell maker takes 540,000 wafers from Qujing (all from the listed maker) and 360,000 from Kulim, whose
        // line back to the Norwegian smelter is documented on every link: 540/900 = 0.6 at risk, 0.4 clean; the cell
        // and module links are documented, so the module and the importer keep these shares
        for (String id : List.of("cell", "module", "importer")) {
            shares(a.exposure().get(id), 0.6, 0, 0.4);
            assertThat(a.exposure().get(id).weighting()).isEqualTo(Exposure.Weighting.QUANTITY);
        }
        shares(a.exposure().get("wafer"), 1, 0, 0);
        // the Xinjiang branch lacks what would prove its origin; a documented link (wafer -> cell) does not clear it
        assertThat(missing(a)).containsExactly(
                Map.entry("quarry -> smelter", List.of("purchase_order", "packing_list", "bill_of_lading", "proof_of_payment",
                        "production_records", "origin_certificate")),
                Map.entry("smelter -> poly", List.of("packing_list", "bill_of_lading", "proof_of_payment", "production_records")),
                Map.entry("poly -> wafer", List.of("proof_of_payment", "production_records")),
                Map.entry("wafer -> cell", List.of()),
                Map.entry("smelter-no -> poly-de", List.of()),
                Map.entry("poly-de -> wafer-my", List.of()),
                Map.entry("wafer-my -> cell", List.of()),
                Map.entry("cell -> module", List.of()),
                Map.entry("module -> importer", List.of()));
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void tomatoPaste() throws Exception {
        Assessment a = assess("tomato-paste.json");
        Tracer.Trace t = a.trace();
        // "Changji City" and "Korla" are in Xinjiang; every link carries tomatoes (HS 0702, 2002.90)
        assertThat(findings(t)).containsExactlyInAnyOrder(
                "XINJIANG_LOCATION farm-xj 昌吉市", "XINJIANG_LOCATION paste-xj 库尔勒市",
                "HIGH_PRIORITY_SECTOR farm-xj tomatoes", "HIGH_PRIORITY_SECTOR paste-xj tomatoes",
                "HIGH_PRIORITY_SECTOR farm-pt-a tomatoes", "HIGH_PRIORITY_SECTOR farm-pt-b tomatoes",
                "HIGH_PRIORITY_SECTOR paste-pt tomatoes", "HIGH_PRIORITY_SECTOR repacker tomatoes");
        assertThat(t.pathsToRisk()).containsOnlyKeys("importer");
        assertThat(t.pathsToRisk().get("importer")).containsExactlyInAnyOrder(
                List.of("importer", "repacker", "paste-xj"), List.of("importer", "repacker", "paste-xj", "farm-xj"));
        String toKorla = "Double-concentrated tomato paste, 70 g tins (HS 2002.90) <- double-concentrated tomato paste, 70 g tins"
                + " (Conserve Agro-Nocerine S.r.l., IT) <- tomato paste 36/38 Brix, cold break, in aseptic drums (Korla Red"
                + " Valley Tomato Products Co., Ltd., CN)";
        assertThat(described(t, "importer")).containsExactlyInAnyOrder(toKorla,
                toKorla + " <- fresh processing tomatoes (Changji Fengshou Tomato Growers Cooperative, CN)");
        // Portuguese paste: 300 t from a documented farm, 100 t from a farm without an origin certificate:
        // 0.75 clean, 0.25 unknown. The repacker: 120 t of Korla paste and 60 t of Portuguese paste:
        // at risk 120/180 = 2/3; clean 60/180 * 0.75 = 1/4; unknown 60/180 * 0.25 = 1/12. The importer's only
        // link is documented, so it keeps the repacker's shares.
        shares(a.exposure().get("paste-pt"), 0, 0.25, 0.75);
        shares(a.exposure().get("repacker"), 2.0 / 3, 1.0 / 12, 0.25);
        shares(a.exposure().get("importer"), 2.0 / 3, 1.0 / 12, 0.25);
        assertThat(missing(a)).containsExactly(
                Map.entry("farm-xj -> paste-xj", List.of("purchase_order", "packing_list", "bill_of_lading", "proof_of_payment",
                        "production_records", "origin_certificate")),
                Map.entry("paste-xj -> repacker", List.of("proof_of_payment", "production_records")),
                Map.entry("farm-pt-a -> paste-pt", List.of()),
                Map.entry("farm-pt-b -> paste-pt", List.of("origin_certificate")),
                Map.entry("paste-pt -> repacker", List.of()),
                Map.entry("repacker -> importer", List.of()));
        assertThat(t.warnings()).isEmpty();
    }
}
