package org.clearance.names.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Chinese-character names from the chinese_name column of the UFLPA Entity List. */
class OrgNamesHanTest {
    private final OrgNames names = OrgNames.get();

    private String tags(String han) {
        return names.analyseHan(han).stream()
                .map(t -> t.text() + "/" + t.kind() + (t.legalFormClass() == null ? "" : ":" + t.legalFormClass()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void placeCoreGenericForm() {
        assertThat(tags("珠海奔图电子有限公司"))
                .isEqualTo("珠海/PLACE 奔图/OTHER 电子/GENERIC 有限公司/LEGAL_FORM:LTD");
    }

    @Test
    void xpccKeepsItsCore() {
        assertThat(tags("新疆生产建设兵团")).isEqualTo("新疆/PLACE 生产/GENERIC 建设/GENERIC 兵团/OTHER");
    }

    @Test
    void bracketedGroupAndLongerForm() {
        assertThat(tags("新疆中泰(集团)有限责任公司"))
                .isEqualTo("新疆/PLACE 中泰/OTHER 集团/GENERIC 有限责任公司/LEGAL_FORM:LTD");
        assertThat(tags("新疆中泰（集团）有限责任公司")).isEqualTo(tags("新疆中泰(集团)有限责任公司"));
    }

    @Test
    void bracketedPlaceAfterTheCore() {
        assertThat(tags("合盛硅业(鄯善)有限公司"))
                .isEqualTo("合盛/OTHER 硅业/GENERIC 鄯善/PLACE 有限公司/LEGAL_FORM:LTD");
    }

    @Test
    void successiveLeadingPlaces() {
        assertThat(tags("新疆哈巴河阿舍勒铜业股份有限公司"))
                .isEqualTo("新疆/PLACE 哈巴河/PLACE 阿舍勒/OTHER 铜业/GENERIC 股份有限公司/LEGAL_FORM:LTD");
    }

    @Test
    void groupBeforeJointStockForm() {
        assertThat(tags("骆驼集团股份有限公司")).isEqualTo("骆驼/OTHER 集团/GENERIC 股份有限公司/LEGAL_FORM:LTD");
    }

    @Test
    void offsetsPointIntoTheInput() {
        String han = "新疆中泰(集团)有限责任公司";
        for (OrgToken t : names.analyseHan(han)) {
            assertThat(han.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void cityInsideATradeNameIsNotTakenOut() {
        // 长虹 is not a city, but 美菱 follows a distinctive word: nothing after it is a place.
        assertThat(tags("长虹美菱股份有限公司")).isEqualTo("长虹美菱/OTHER 股份有限公司/LEGAL_FORM:LTD");
    }
}
