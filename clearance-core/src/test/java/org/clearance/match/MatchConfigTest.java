package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchConfigTest {
    @Test
    void overridesReplaceOnlyTheNamedSettings() {
        MatchConfig c = MatchConfig.DEFAULT.with(Map.of("threshold", "0.8", "candidates", "100"));
        assertThat(c.threshold()).isEqualTo(0.8);
        assertThat(c.candidates()).isEqualTo(100);
        assertThat(c.cutoff()).isEqualTo(MatchConfig.DEFAULT.cutoff());
        assertThat(c.extraQueryWeight()).isEqualTo(MatchConfig.DEFAULT.extraQueryWeight());
    }

    @Test
    void unknownSettingsAndNonNumbersAreNamed() {
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("treshold", "0.8")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown setting 'treshold'")
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("cutoff", "half")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
    }
}
