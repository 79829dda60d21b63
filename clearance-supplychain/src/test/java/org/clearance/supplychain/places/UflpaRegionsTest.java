package org.clearance.supplychain.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The region column and Chinese names of the UFLPA Entity List as bundled in
 * /work/shared/data/uflpa/uflpa_entity_list.csv (rows mixing Xinjiang with elsewhere, such as
 * "Fujian (Longyan) / Xinjiang operations" or "PRC (mostly outside XUAR)", are left out: no single answer).
 */
class UflpaRegionsTest {
    private final XinjiangPlaces places = XinjiangPlaces.get();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Xinjiang (Aksu)|阿克苏地区",
        "Xinjiang (Altay, Habahe)|阿勒泰地区",
        "Xinjiang (Bayingolin, Yanqi)|巴音郭楞蒙古自治州",
        "Xinjiang (Changji)|昌吉回族自治州",
        "Xinjiang (Changji, Jimsar)|昌吉回族自治州",
        "Xinjiang (Changji, Zhundong)|昌吉回族自治州",
        "Xinjiang (Hotan)|和田地区",
        "Xinjiang (Hotan, Lop/Luopu)|和田地区",
        "Xinjiang (Ili)|伊犁哈萨克自治州",
        "Xinjiang (Kashgar)|喀什地区",
        "Xinjiang (Kizilsu, Ulugqat)|克孜勒苏柯尔克孜自治州",
        "Xinjiang (Shihezi)|第八师",
        "Xinjiang (Turpan)|吐鲁番市",
        "Xinjiang (Turpan, Shanshan/Pichan)|吐鲁番市",
        "Xinjiang (Urumqi)|乌鲁木齐市"})
    void xinjiangRegionsResolveToTheirPrefecture(String region, String prefecture) {
        assertThat(places.inXinjiang(region)).as(region).isTrue();
        assertThat(places.find(region)).extracting(PlaceMention::prefecture).as(region)
                .contains(prefecture)
                .allMatch(p -> p.isEmpty() || p.equals(prefecture));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anhui (Hefei)", "Anhui (Nanling)", "Gansu", "Guangdong (Dongguan)", "Guangdong (Zhuhai)",
        "Hebei (Baoding)", "Hebei (Handan)", "Hong Kong", "Hubei (Xiangyang)", "Hunan", "Inner Mongolia (Baotou)",
        "Jiangsu (Changzhou)", "Jiangsu (Donghai)", "Jiangsu (Nanjing)", "Jiangsu (Wuxi)", "Liaoning (Dalian)",
        "Shandong (Rizhao)", "Sichuan", "Tianjin", "Zhejiang (Hangzhou)"})
    void otherRegionsAreNotXinjiang(String region) {
        assertThat(places.inXinjiang(region)).as(region).isFalse();
        assertThat(places.find(region)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "阿克苏华孚色纺有限公司|阿克苏地区",
        "新疆哈巴河阿舍勒铜业股份有限公司|阿勒泰地区",
        "昌吉溢达纺织有限公司|昌吉回族自治州",
        "吐鲁番溢达纺织有限公司|吐鲁番市",
        "合盛硅业(鄯善)有限公司|吐鲁番市",
        "Aksu Huafu Color Spinning Co., Ltd.|阿克苏地区",
        "Chenguang Biotechnology Group Yanqi Co. Ltd.|巴音郭楞蒙古自治州",
        "Hetian Haolin Hair Accessories Co. Ltd.|和田地区",
        "Lop County Meixin Hair Products Co., Ltd.|和田地区",
        "Kashgar Construction Engineering (Group) Co., Ltd.|喀什地区",
        "Western Gold Karamay Hatu Gold Mine Co., Ltd.|克拉玛依市",
        "Hoshine Silicon Industry (Shanshan) Co., Ltd|吐鲁番市"})
    void entityNamesNameTheirPrefecture(String name, String prefecture) {
        assertThat(places.find(name)).extracting(PlaceMention::prefecture).as(name).contains(prefecture);
    }

    @ParameterizedTest
    @ValueSource(strings = {"合肥宝龙达信息技术有限公司", "广东溢达纺织有限公司", "东莞绿洲鞋业有限公司",
        "Hefei Bitland Information Technology Co., Ltd.", "Zhuhai Apex Microelectronics Co., Ltd.",
        "Dongguan Oasis Shoes Co., Ltd."})
    void entityNamesOutsideXinjiangNameNoPlace(String name) {
        assertThat(places.find(name)).isEmpty();
    }
}
