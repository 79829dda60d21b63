package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatronymicChainTest {
    @Test
    void eachLinkIsAGenerationAndTheFamilyNameIsNone() {
        assertThat(PatronymicChain.generations(List.of("sultan", "bin", "salman", "bin", "abd", "al", "aziz", "al", "saud")))
                .containsExactly(0, 1, 1, 2, 2, 2, 2, 0, 0);
    }

    @Test
    void aNameWithoutLinksHasNoChain() {
        assertThat(PatronymicChain.generations(List.of("xi", "jinping"))).isEmpty();
        // a link word first or last links nothing (Ben Ali the family name, "Bin" alone)
        assertThat(PatronymicChain.generations(List.of("ben", "ali"))).isEmpty();
        assertThat(PatronymicChain.generations(List.of("osama", "bin"))).isEmpty();
        assertThat(PatronymicChain.generations(List.of())).isEmpty();
    }

    @Test
    void linkWordsAreKnown() {
        assertThat(PatronymicChain.isLink("bint")).isTrue();
        assertThat(PatronymicChain.isLink("abd")).isFalse();
        assertThat(PatronymicChain.isLink("benjamin")).isFalse();
    }

    @Test
    void eastSlavicPatronymicsAreKnownByTheirEnding() {
        assertThat(PatronymicChain.isPatronymic("vladimirovich")).isTrue();
        assertThat(PatronymicChain.isPatronymic("sergeyevna")).isTrue();
        assertThat(PatronymicChain.isPatronymic("petrovych")).isTrue();
        assertThat(PatronymicChain.isPatronymic("ivanivna")).isTrue();
        // a family name ending in -ich, and the ending alone, are none
        assertThat(PatronymicChain.isPatronymic("milosevic")).isFalse();
        assertThat(PatronymicChain.isPatronymic("ovich")).isFalse();
        assertThat(PatronymicChain.isPatronymic("ivanov")).isFalse();
    }
}
