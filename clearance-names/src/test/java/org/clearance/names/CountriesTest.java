package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {
    @Test
    void codesNamesAndAliasesInAnyCaseGiveTheAlpha2Code() {
        assertThat(Countries.code("CN")).isEqualTo("CN");
        assertThat(Countries.code("cn")).isEqualTo("CN");
        assertThat(Countries.code("Cn")).isEqualTo("CN");
        assertThat(Countries.code("CHN")).isEqualTo("CN");
        assertThat(Countries.code("China")).isEqualTo("CN");
        assertThat(Countries.code(" china ")).isEqualTo("CN");
        assertThat(Countries.code("Russian Federation")).isEqualTo("RU");
        assertThat(Countries.code("GB")).isEqualTo("GB");
    }

    @Test
    void whatIsNoCountryGivesNull() {
        assertThat(Countries.code("QQ")).isNull();
        assertThat(Countries.code("C1")).isNull();
        assertThat(Countries.code("")).isNull();
        assertThat(Countries.code(null)).isNull();
        assertThat(Countries.code("Atlantis")).isNull();
    }
}
