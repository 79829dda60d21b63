package org.clearance.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class XinjiangAddressesTest {
    private static List<Finding> find(String address) {
        return new XinjiangAddresses().apply(new Party("p", "Party", address, "CN", null));
    }

    @Test
    void theMostSpecificPlaceIsReportedNotTheRegionNamedFirst() {
        assertThat(find("新疆石河子市经济技术开发区化工新材料产业园")).singleElement().satisfies(f -> {
            assertThat(f.reference()).isEqualTo("石河子市");
            assertThat(f.detail()).isEqualTo("address names 石河子市 (Shihezi), 第八师");
        });
        assertThat(find("Xinjiang Uyghur Autonomous Region, Aksu Prefecture, Awat County")).singleElement()
                .satisfies(f -> assertThat(f.reference()).isEqualTo("阿瓦提县"));
    }

    @Test
    void aPlaceWrittenAsItsNameIsNotRepeatedInBrackets() {
        assertThat(find("12 Tianshan Road, Korla, Bayingolin")).singleElement()
                .satisfies(f -> assertThat(f.detail()).doesNotContain("Korla (Korla)"));
    }

    @Test
    void anAddressOutsideXinjiangGivesNothing() {
        assertThat(find("88 Xinjiang Road, Huangpu District, Shanghai")).isEmpty();
        assertThat(find(null)).isEmpty();
    }
}
