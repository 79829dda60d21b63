package org.clearance.supplychain.sectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectorsTest {
    private final Sectors sectors = Sectors.get();

    private List<String> ids(List<SectorHit> hits) {
        return hits.stream().map(SectorHit::sectorId).toList();
    }

    @Test
    void sectorsCarryTheYearTheTaskForceNamedThem() {
        assertThat(sectors.all()).extracting(Sector::id).containsExactly("cotton_apparel", "polysilicon_solar",
                "tomatoes", "aluminium", "pvc_chemicals", "seafood", "steel", "copper", "lithium", "caustic_soda",
                "red_dates");
        assertThat(sectors.all()).filteredOn(s -> s.namedYear() == 2024).extracting(Sector::id)
                .containsExactly("aluminium", "pvc_chemicals", "seafood");
        assertThat(sectors.all()).allSatisfy(s -> assertThat(s.source()).contains("FLETF"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "52           | cotton_apparel    | HS 52: cotton",
        "5201         | cotton_apparel    | HS 5201: cotton, not carded",
        "5205         | cotton_apparel    | HS 5205: cotton yarn",
        "5205.11      | cotton_apparel    | HS 5205: cotton yarn",
        "520511       | cotton_apparel    | HS 5205: cotton yarn",
        "5205.11.0000 | cotton_apparel    | HS 5205: cotton yarn",
        "6109.10.0012 | cotton_apparel    | HS 61: apparel, knitted",
        "6302         | cotton_apparel    | HS 6302: bed, table",
        "0702         | tomatoes          | HS 0702: tomatoes, fresh",
        "2002.90      | tomatoes          | HS 2002.90: tomatoes prepared",
        "2103.20      | tomatoes          | HS 2103.20: tomato ketchup",
        "2804.61      | polysilicon_solar | HS 2804.61: silicon containing 99.99%",
        "2804.69      | polysilicon_solar | HS 2804.69: other silicon",
        "3818.00      | polysilicon_solar | HS 3818: chemical elements doped",
        "8541.42      | polysilicon_solar | HS 8541.42: photovoltaic cells not assembled",
        "8541.43.0010 | polysilicon_solar | HS 8541.43: photovoltaic cells assembled",
        "2506.20      | polysilicon_solar | HS 2506: quartz",
        "3904.10      | pvc_chemicals     | HS 3904.10: poly(vinyl chloride)",
        "3918.10      | pvc_chemicals     | HS 3918.10: floor",
        "2815.11      | caustic_soda      | HS 2815.11: sodium hydroxide",
        "7601.10      | aluminium         | HS 7601: unwrought aluminium",
        "7606         | aluminium         | HS 76: aluminium",
        "0307.43      | seafood           | HS 03: fish",
        "1605.54      | seafood           | HS 1605: crustaceans",
        "7208         | steel             | HS 72: iron and steel",
        "7403.11      | copper            | HS 74: copper",
        "2836.91      | lithium           | HS 2836.91: lithium carbonates",
        "8507.60      | lithium           | HS 8507.60: lithium-ion",
        "0813.40      | red_dates         | HS 0813.40: other dried fruit",
    })
    void hsCodesAtEveryLevelFindTheirSector(String code, String sector, String evidence) {
        List<SectorHit> hits = sectors.fromHsCode(code);
        assertThat(ids(hits)).containsExactly(sector);
        assertThat(hits.get(0).evidence()).startsWith(evidence);
        assertThat(hits.get(0).confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void theLongestCodeWins() {
        assertThat(sectors.fromHsCode("7601").get(0).confidence()).isGreaterThan(sectors.fromHsCode("76").get(0).confidence());
        assertThat(sectors.fromHsCode("2002.90").get(0).evidence()).contains("2002.90");
        assertThat(sectors.fromHsCode("2002.10").get(0).evidence()).startsWith("HS 2002:");
    }

    @Test
    void codesOfOtherGoodsUnderASectorHeadingDoNotMatch() {
        assertThat(sectors.fromHsCode("3904.61")).as("PTFE is not PVC").isEmpty();
        assertThat(sectors.fromHsCode("3904.50")).as("PVDC is not PVC").isEmpty();
        assertThat(sectors.fromHsCode("8541.41")).as("LEDs are not solar cells").isEmpty();
        assertThat(sectors.fromHsCode("2804.10")).as("hydrogen").isEmpty();
        assertThat(sectors.fromHsCode("8471.30")).as("laptops").isEmpty();
    }

    @Test
    void aHeadingWithoutItsOwnRowNamesTheSectorRowsBeneathAtLowerConfidence() {
        List<SectorHit> pvc = sectors.fromHsCode("3904");
        assertThat(ids(pvc)).containsExactly("pvc_chemicals");
        assertThat(pvc.get(0).evidence()).startsWith("HS 3904 includes 3904.10");
        assertThat(pvc.get(0).confidence()).isLessThan(0.6);
        assertThat(ids(sectors.fromHsCode("8541"))).containsExactly("polysilicon_solar");
        assertThat(ids(sectors.fromHsCode("28"))).contains("polysilicon_solar", "aluminium", "caustic_soda", "lithium");
    }

    @Test
    void theHs2017SolarCodeIsStillRecognised() {
        assertThat(sectors.fromHsCode("8541.40.6020").get(0).evidence()).contains("HS 2017");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "5", "520", "52051", "5205.1", "5205.", ".5205", "52..05", "5205.11.00000",
        "77", "7701", "98", "00", "0000", "5200", "abcd", "52O5", "HS5205", "5205/11", "５２０５", "5205\n11"})
    void invalidCodesGiveNothing(String code) {
        assertThat(Sectors.isValidHs(code)).isFalse();
        assertThat(sectors.fromHsCode(code)).isEmpty();
    }

    @Test
    void validCodesAreReportedValidEvenWithoutASector() {
        assertThat(Sectors.isValidHs("8471.30")).isTrue();
        assertThat(Sectors.isValidHs("5205 11")).isTrue();
        assertThat(Sectors.isValidHs("0101")).isTrue();
        assertThat(Sectors.isValidHs(null)).isFalse();
        assertThat(sectors.fromHsCode(null)).isEmpty();
        assertThat(sectors.fromHsCode("5".repeat(10_000))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Men's 100% cotton crew neck T-shirt, knitted, 180gsm          | cotton_apparel",
        "Cotton yarn Ne 40s combed, ring spun, for knitting            | cotton_apparel",
        "Polysilicon chunks, solar grade, 9N                           | polysilicon_solar",
        "Solar PV module 550W monocrystalline half-cell                | polysilicon_solar",
        "Canned tomato paste 28-30% brix, 220 L aseptic drums          | tomatoes",
        "PVC resin SG-5, suspension grade, K value 66-68               | pvc_chemicals",
        "Aluminium ingot A7, 99.7% Al                                  | aluminium",
        "Primary aluminum alloy ingots                                 | aluminium",
        "Frozen squid (Illex argentinus), whole round, IQF             | seafood",
        "Hot rolled stainless steel coil 304                           | steel",
        "Copper cathode Grade A, LME registered                        | copper",
        "Battery grade lithium carbonate 99.5%                         | lithium",
        "Caustic soda flakes 99%                                       | caustic_soda",
        "Dried red dates, grade AAA                                    | red_dates",
        "纯棉针织T恤，男款，圆领                                           | cotton_apparel",
        "精梳棉纱 40支                                                  | cotton_apparel",
        "太阳能级多晶硅块料                                              | polysilicon_solar",
        "单晶光伏组件 550W                                               | polysilicon_solar",
        "番茄酱 28-30% 白利度 无菌大包装                                   | tomatoes",
        "聚氯乙烯树脂 SG-5 型                                            | pvc_chemicals",
        "PVC树脂                                                       | pvc_chemicals",
        "铝锭 A00                                                      | aluminium",
        "冷冻鱿鱼                                                      | seafood",
        "片碱 99%                                                      | caustic_soda",
        "新疆若羌灰枣                                                   | red_dates",
        "電解銅                                                        | copper",
        "多晶矽                                                        | polysilicon_solar",
        "ＰＶＣ　ＲＥＳＩＮ                                              | pvc_chemicals",
    })
    void realDescriptionsFindTheirSector(String text, String sector) {
        List<SectorHit> hits = sectors.fromDescription(text);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).sectorId()).isEqualTo(sector);
        assertThat(hits.get(0).confidence()).isGreaterThan(0.8).isLessThanOrEqualTo(0.99);
    }

    @Test
    void evidenceNamesTheWordsAndWhereTheyAreInTheOriginalText() {
        String text = "Lot 7: 精梳棉纱 and Cotton Yarn, COTTON yarn again";
        SectorHit hit = sectors.fromDescription(text).get(0);
        assertThat(hit.evidence()).contains("'棉纱' at 9-11").contains("'Cotton Yarn' at 16-27 (2 times)");
        assertThat(text.substring(16, 27)).isEqualTo("Cotton Yarn");
        assertThat(sectors.fromDescription("Cotton T-shirts").get(0).evidence()).contains("'T-shirts' at 7-15");
    }

    @Test
    void severalWordsForOneSectorStrengthenIt() {
        double one = sectors.fromDescription("yarn").get(0).confidence();
        double two = sectors.fromDescription("yarn for garment making").get(0).confidence();
        assertThat(two).isGreaterThan(one);
    }

    @Test
    void aMixedDescriptionNamesEverySector() {
        assertThat(ids(sectors.fromDescription("Aluminium frame solar panels with PVC junction box cable")))
                .containsExactlyInAnyOrder("aluminium", "polysilicon_solar", "pvc_chemicals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cotton candy machine", "Total solar eclipse viewing glasses", "solar system model kit",
        "tomato red colour lipstick", "silicone spatula set", "Fishing rod, carbon fibre", "steel blue paint",
        "copper-coloured paint", "Payment: COD", "钢琴", "铜版纸 157g", "石棉板", "玻璃棉保温毡", "棉花糖", "番茄钟计时器",
        "太阳能热水器", "硅藻土地垫", "山东省枣庄市", "印尼棉兰", "贵州铜仁", "Tomatoless soup", "Steelers fan jersey cap", "Aluminiumoxid"})
    void falseFriendsDoNotCount(String text) {
        assertThat(sectors.fromDescription(text)).extracting(SectorHit::confidence)
                .allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(0.5));
    }

    @Test
    void falseFriendsHideOnlyThemselves() {
        assertThat(ids(sectors.fromDescription("cotton candy floss machine"))).isEmpty();
        assertThat(ids(sectors.fromDescription("cotton candy bag, 100% cotton"))).containsExactly("cotton_apparel");
        assertThat(ids(sectors.fromDescription("Cotton swabs, 200 pcs"))).containsExactly("cotton_apparel");
        assertThat(ids(sectors.fromDescription("钢琴烤漆不锈钢铰链"))).containsExactly("steel");
    }

    @Test
    void pluralsMatchButLongerWordsDoNot() {
        assertThat(ids(sectors.fromDescription("Tomatoes, whole peeled"))).containsExactly("tomatoes");
        assertThat(ids(sectors.fromDescription("Squids, frozen"))).containsExactly("seafood");
        assertThat(ids(sectors.fromDescription("Siliconized release paper"))).isEmpty();
        assertThat(sectors.fromDescription("silicones").get(0).confidence()).isLessThan(0.5);
    }

    @Test
    void badInputNeverThrows() {
        assertThat(sectors.fromDescription(null)).isEmpty();
        assertThat(sectors.fromDescription("")).isEmpty();
        assertThat(sectors.fromDescription(" \t\n")).isEmpty();
        assertThat(sectors.fromDescription("\u0000\u0001cotton\u0007\u001b[0m")).extracting(SectorHit::sectorId)
                .containsExactly("cotton_apparel");
        assertThat(sectors.fromDescription("x".repeat(10_000))).isEmpty();
        assertThat(sectors.fromDescription("cotton ".repeat(2_000)).get(0).evidence()).contains("2000 times");
        assertThat(sectors.fromDescription("\uD83D\uDE00棉\uD800 Мука ﷺ ﬁsh ǅ ⓒⓞⓣⓣⓞⓝ")).isNotNull();
        String big = "a".repeat(Sectors.MAX_DESCRIPTION_CHARS - 1) + "\uD83D\uDE00";
        assertThat(sectors.fromDescription(big)).isEmpty();
        assertThat(sectors.fromHsCode("\u0000")).isEmpty();
    }

    @Test
    void everyMentionPointsAtItsWordsInTheOriginalText() {
        String text = "Invoice: COMBED COTTON YARNS 40s, cotton candy for the staff, 棉紗 200 kg, aluminium foil.";
        List<SectorMention> found = sectors.mentions(text);
        assertThat(found).extracting(SectorMention::matchedText)
                .containsExactly("COMBED COTTON", "YARNS", "棉紗", "aluminium foil"); // cotton candy is no cotton
        for (SectorMention m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matchedText());
        }
        // the traditional 紗 is read as the simplified phrase of the table
        assertThat(found.get(2).phrase()).isEqualTo("棉纱");
        assertThat(found.get(3).sectorId()).isEqualTo("aluminium");
    }

    @Test
    void mentionsReadPastTheDescriptionLimit() {
        String text = "x ".repeat(Sectors.MAX_DESCRIPTION_CHARS) + "polysilicon";
        assertThat(sectors.fromDescription(text)).isEmpty();
        assertThat(sectors.mentions(text)).extracting(SectorMention::start).containsExactly(text.indexOf("polysilicon"));
    }
}
