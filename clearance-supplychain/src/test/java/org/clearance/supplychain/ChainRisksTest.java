package org.clearance.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.match.MatchConfig;
import org.clearance.testing.ListsIndex;
import org.clearance.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Risks found at the parties of a chain as a supplier list writes them: list hits and Xinjiang addresses. */
class ChainRisksTest {
    /** Each place of the gazetteer by its Chinese name, with the Chinese name of its parent. */
    private static final Map<String, String> PARENT = new HashMap<>();

    @BeforeAll
    static void readGazetteer() throws Exception {
        try (Reader r = Files.newBufferedReader(SharedData.path("xinjiang_gazetteer.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                PARENT.put(rec.get("chinese"), rec.get("parent"));
            }
        }
    }

    private static Party at(String address) {
        return new Party("p", "Supplier", address, "CN", null);
    }

    @Test
    void aUflpaListedPolysiliconMakerThreeTiersUpIsFlaggedWithItsPath() throws Exception {
        // the listed "Xinjiang GCL New Energy Material Technology Co., Ltd." as a supplier list spells it;
        // the module maker buys cells, made from wafers, made from its polysilicon: three tiers up
        SupplyChain c = SupplyChain.of("test", "Solar module", List.of(
                new Party("poly", "XINJIANG GCL NEW ENERGY MATERIAL TECHNOLOGY COMPANY LIMITED", null, "CN", "polysilicon maker"),
                new Party("wafer", "Leshan Sunrise Wafer Co., Ltd.", "Leshan, Sichuan", "CN", "wafer maker"),
                new Party("cell", "Binh Duong Solar Cell JSC", "Binh Duong, Vietnam", "VN", "cell maker"),
                new Party("module", "Pacific PV Modules Inc.", "Fremont, CA", "US", "module maker")), List.of(
                new Link("poly", "wafer", "polysilicon", "2804.61", null, null, List.of()),
                new Link("wafer", "cell", "silicon wafers", "3818.00", null, null, List.of()),
                new Link("cell", "module", "solar cells", "8541.42", null, null, List.of())));
        Tracer.Trace t = new Tracer(new ListScreen(ListsIndex.get(), MatchConfig.DEFAULT)).trace(c);
        String gcl = ListsIndex.byCaption(ListScreen.UFLPA_DATASET, "Xinjiang GCL New Energy Material Technology Co., Ltd.").id();
        assertThat(t.findings()).filteredOn(f -> f.kind() != Finding.Kind.HIGH_PRIORITY_SECTOR)
                .extracting(f -> f.kind() + " " + f.partyId() + " " + f.reference())
                .containsExactly("UFLPA_LISTED poly " + gcl);
        assertThat(t.pathsToRisk()).containsExactly(Map.entry("module", List.of(List.of("module", "cell", "wafer", "poly"))));
        assertThat(PathText.describe(c, t.pathsToRisk().get("module").get(0))).isEqualTo("Solar module"
                + " <- solar cells (Binh Duong Solar Cell JSC, VN) <- silicon wafers (Leshan Sunrise Wafer Co., Ltd., CN)"
                + " <- polysilicon (XINJIANG GCL NEW ENERGY MATERIAL TECHNOLOGY COMPANY LIMITED, CN)");
    }

    /** Addresses as Chinese suppliers write them, with the place the finding must name (from the gazetteer). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "阿克苏市纺织工业城(开发区)|阿克苏市",
        "石河子市北四东路|石河子市",
        "吐鲁番市鄯善县石材工业园区|鄯善县", // the county, not the prefecture named first
        "鄯善县七克台镇|鄯善县",
        "库尔勒市经济技术开发区|库尔勒市",
        "昌吉市大西渠镇|昌吉市",
        "哈密市伊州区|伊州区",
        "Room 3, 阿克苏市 Renmin Road|阿克苏市"})
    void chineseScriptAddressesNameThePlaceAndItsPrefecture(String address, String place) {
        List<Finding> found = new XinjiangAddresses().apply(at(address));
        assertThat(found).as(address).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.XINJIANG_LOCATION);
            assertThat(f.reference()).isEqualTo(place);
            String parent = PARENT.get(place);
            // a county names its prefecture; a prefecture-level city is its own
            String prefecture = parent.equals("新疆维吾尔自治区") ? place : parent;
            assertThat(f.detail()).endsWith(", " + prefecture);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "88 Xinjiang Road, Huangpu District, Shanghai",
        "上海市静安区新疆路88号",
        "无锡市梁溪区新疆路8号",
        "88 Xinjiang Road, Wuxi, Jiangsu, China"})
    void aXinjiangRoadElsewhereIsNoXinjiangLocation(String address) {
        assertThat(new XinjiangAddresses().apply(at(address))).as(address).isEmpty();
    }
}
