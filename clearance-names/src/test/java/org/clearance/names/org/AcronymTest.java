package org.clearance.names.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronyms of names on the UFLPA and OFAC lists. */
class AcronymTest {
    private final OrgNames names = OrgNames.get();

    private boolean is(String acronym, String normalised) {
        return names.isAcronymOf(acronym, OrgNamesLatinTest.tokens(normalised));
    }

    @Test
    void xpccSkipsTheConnector() {
        assertThat(names.isAcronymOf("XPCC", List.of("xinjiang", "production", "and", "construction", "corps"))).isTrue();
        assertThat(is("x.p.c.c.", "xinjiang production and construction corps")).isTrue();
    }

    @Test
    void legalFormMayGiveItsInitialOrNot() {
        assertThat(is("cnpc", "china national petroleum corporation")).isTrue();
        assertThat(is("cnp", "china national petroleum corporation")).isTrue();
        assertThat(is("nic", "naftiran intertrade co sarl")).isTrue();
    }

    @Test
    void connectorMayGiveItsInitial() {
        assertThat(is("boa", "bank of america")).isTrue();
    }

    @Test
    void leadingPlaceAndTrailingGenericWordsMayBeLeftOut() {
        assertThat(is("xpcc", "xinjiang production and construction corps group")).isTrue();
        assertThat(is("pcc", "xinjiang production and construction corps")).isTrue();
    }

    @Test
    void distinctiveWordsCannotBeLeftOut() {
        assertThat(is("xpc", "xinjiang production and construction corps")).isFalse();
        assertThat(is("irgc", "islamic revolutionary guard corps navy")).isFalse();
    }

    @Test
    void shortAcronymsMustSpellEveryWord() {
        assertThat(is("ab", "alpha beta")).isTrue();
        assertThat(is("ab", "alpha beta gamma")).isFalse();
        assertThat(is("ag", "alpha beta group")).isFalse();
        assertThat(is("a", "alpha")).isFalse();
    }

    @Test
    void chanceMatchesFail() {
        assertThat(is("zte", "zhuhai pantum electronics co ltd")).isFalse();
        assertThat(is("ninestar", "ninestar corporation")).isFalse();
    }
}
