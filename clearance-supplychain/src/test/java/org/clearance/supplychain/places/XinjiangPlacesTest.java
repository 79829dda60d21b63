package org.clearance.supplychain.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class XinjiangPlacesTest {
    private final XinjiangPlaces places = XinjiangPlaces.get();

    private PlaceMention only(String text) {
        List<PlaceMention> found = places.find(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Aksu|阿克苏地区", "阿克苏|阿克苏地区", "Akesu|阿克苏地区", "ئاقسۇ|阿克苏地区",
        "Shihezi|第八师", "石河子市|第八师", "Urumqi|乌鲁木齐市", "Ürümqi|乌鲁木齐市", "Wulumuqi|乌鲁木齐市",
        "乌鲁木齐|乌鲁木齐市", "ئۈرۈمچى|乌鲁木齐市", "XPCC 8th Division|第八师", "Eighth Division|第八师",
        "第八师|第八师", "兵团第八师|第八师", "Kashgar|喀什地区", "قەشقەر|喀什地区", "Hotan|和田地区",
        "Korla|巴音郭楞蒙古自治州", "كورلا|巴音郭楞蒙古自治州", "Kuqa|阿克苏地区", "Yarkand|喀什地区",
        "Ghulja|伊犁哈萨克自治州", "غۇلجا|伊犁哈萨克自治州", "Changji Hui Autonomous Prefecture|昌吉回族自治州",
        "Lop County|和田地区", "Turfan|吐鲁番市", "Karamay|克拉玛依市", "Bortala|博尔塔拉蒙古自治州"})
    void oneNameInAnyScriptGivesThePlaceAndItsPrefecture(String text, String prefecture) {
        PlaceMention m = only(text);
        assertThat(m.prefecture()).isEqualTo(prefecture);
        assertThat(m.start()).isZero();
        assertThat(m.end()).isEqualTo(text.length());
        assertThat(m.confidence()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void theXpccAndRegionAreFound() {
        assertThat(only("Bingtuan").placeChinese()).isEqualTo("新疆生产建设兵团");
        assertThat(only("XUAR").level()).isEqualTo("region");
        assertThat(only("新疆生产建设兵团第八师").placeName()).isEqualTo("XPCC 8th Division");
        assertThat(only("شىنجاڭ").placeChinese()).isEqualTo("新疆维吾尔自治区");
    }

    @Test
    void offsetsIndexTheOriginalTextAcrossScripts() {
        String text = "Ship from Ürümqi (ئۈرۈمچى) via 石河子市 — XPCC 8th Division, then Kashgar.";
        List<PlaceMention> found = places.find(text);
        assertThat(found).extracting(PlaceMention::matchedText)
                .containsExactly("Ürümqi", "ئۈرۈمچى", "石河子市", "XPCC 8th Division", "Kashgar");
        for (PlaceMention m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matchedText());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "新疆维吾尔自治区阿克苏地区阿克苏市纺织工业城|阿克苏地区",
        "新疆维吾尔自治区昌吉回族自治州昌吉市北京南路|昌吉回族自治州",
        "新疆石河子市北三路|第八师",
        "新疆哈巴河阿舍勒铜业股份有限公司|阿勒泰地区",
        "合盛硅业(鄯善)有限公司|吐鲁番市",
        "新疆喀什地区莎车县|喀什地区",
        "新疆和田地区洛浦县北京工业园区|和田地区",
        "新疆伊犁州霍尔果斯市|伊犁哈萨克自治州",
        "新疆巴州库尔勒市|巴音郭楞蒙古自治州",
        "新疆生产建设兵团第一师阿拉尔市|第一师",
        "新疆塔城地区乌苏市|塔城地区",
        "乌鲁木齐市天山区解放北路|乌鲁木齐市"})
    void chineseAddressesResolveToTheirPrefecture(String address, String prefecture) {
        assertThat(places.inXinjiang(address)).as(address).isTrue();
        List<PlaceMention> found = places.find(address);
        assertThat(found).extracting(PlaceMention::prefecture).as(address).contains(prefecture);
        assertThat(found).extracting(PlaceMention::prefecture)
                .allMatch(p -> p.isEmpty() || p.equals(prefecture) || p.startsWith("新疆生产建设兵团"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "No. 1 Huafu Road, Aksu Textile Industrial City, Aksu, Xinjiang, China",
        "Wujiaqu, XPCC 6th Division, Xinjiang 831300",
        "188 Beijing South Road, Changji, Xinjiang Uygur Autonomous Region",
        "Zhundong Economic Development Zone, Changji Hui Autonomous Prefecture",
        "Hetian Taida Apparel Co., Ltd., Hotan, PRC",
        "Lop County Hair Product Industrial Park, Luopu Xian, Hetian Diqu",
        "Kuerle Shi, Bayinguoleng, Xinjiang",
        "Shihezi Shi Kaifaqu Bei Ba Lu 69 Hao",
        "قەشقەر شەھىرى، شىنجاڭ",
        "خوتەن ۋىلايىتى قاراقاش ناھىيىسى",
        "Ürümqi Midong District, 830000",
        "Turpan Esquel Textile Co., Ltd., Gaochang District, Turpan"})
    void supplierAddressesInXinjiang(String address) {
        assertThat(places.inXinjiang(address)).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "No. 88 Xinjiang Road, Shibei District, Qingdao, Shandong",
        "100 Xinjiang Middle Road, Huangpu, Shanghai",
        "Urumqi Road, Jing'an District, Shanghai 200040",
        "Urumqi Rd N, Shanghai",
        "上海市静安区乌鲁木齐北路100号",
        "上海市乌鲁木齐路8号",
        "青岛市市北区新疆路8号",
        "天津市河北区新疆路",
        "Xinjiang Lu 12, Tianjin",
        "Room 1201, Xinjiang Tianye (Shanghai) Trading Co., Ltd., 88 Century Avenue, Pudong, Shanghai",
        "上海市浦东新区新疆天业贸易有限公司",
        "Jiangsu Kashgar Road No. 5",
        "Hefei Bitland Information Technology Co., Ltd., Hefei, Anhui",
        "Yiwu, Zhejiang",
        "Fresh Hami melon imported from Spain",
        "Pegatron 和硕联合科技, Taipei",
        "Minfeng Special Paper, Jiaxing",
        "Baicheng, Jilin",
        "Yutian County, Tangshan, Hebei",
        "湖南第一师范学院",
        "The bay vessel left the new city office",
        "Ili River, Almaty, Kazakhstan",
        "Aksu, Pavlodar Region, Kazakhstan",
        "Altay Republic, Russia",
        ""})
    void falseAlarmsStayFalse(String address) {
        assertThat(places.inXinjiang(address)).as(address).isFalse();
    }

    @Test
    void streetNamesAreNotPlaces() {
        assertThat(places.find("No. 88 Xinjiang Road, Qingdao")).isEmpty();
        assertThat(places.find("新疆中路12号")).isEmpty();
        assertThat(places.find("Wulumuqi Zhonglu")).isEmpty();
        // a street IN a place: the form ends in an administrative word
        assertThat(places.find("阿克苏市南大街")).extracting(PlaceMention::placeChinese).containsExactly("阿克苏市");
        // another Xinjiang place keeps the address in Xinjiang
        assertThat(places.inXinjiang("Urumqi Road 5, Shihezi, Xinjiang")).isTrue();
    }

    @Test
    void productsAndAmbiguousNamesFlagWeakly() {
        PlaceMention melon = only("Hami melon");
        assertThat(melon.confidence()).isLessThan(0.5);
        assertThat(only("哈密瓜").confidence()).isLessThan(0.5);
        assertThat(only("Manas").confidence()).isLessThan(0.5);
        assertThat(places.find("Bay of Bengal")).isEmpty();
        assertThat(places.find("The Uyghur people")).isEmpty();
        // an ambiguous name next to a sure one is read as the place
        assertThat(places.find("Manas County, Changji, Xinjiang")).allMatch(m -> m.confidence() >= 0.8);
        // but a product stays a product
        assertThat(places.find("Hami melon from Hami, Xinjiang").get(0).confidence()).isLessThan(0.5);
    }

    @Test
    void badInputNeverThrows() {
        assertThat(places.find(null)).isEmpty();
        assertThat(places.inXinjiang(null)).isFalse();
        assertThat(places.find("\u0000\u0001\t\n\uFEFF\uD800")).isEmpty();
        String big = "Xinjiang Road, Shanghai; ".repeat(400) + "Kashgar";
        long t = System.nanoTime();
        List<PlaceMention> found = places.find(big);
        assertThat(found).extracting(PlaceMention::placeChinese).containsExactly("喀什地区");
        assertThat(places.inXinjiang(big)).isTrue();
        assertThat(System.nanoTime() - t).isLessThan(2_000_000_000L);
        assertThat(places.find("Ürümqi乌鲁木齐ئۈرۈمچىUrumqi")).hasSize(4);
        assertThat(places.find("'''---'''")).isEmpty();
    }
}
