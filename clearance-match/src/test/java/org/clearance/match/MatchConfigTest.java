package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchConfigTest {
    @Test
    void defaultsAreTheDeclaredDefaultsAndLieInTheirRanges() {
        assertThat(MatchConfig.SETTINGS).isNotEmpty();
        Set<String> names = new HashSet<>();
        for (Setting s : MatchConfig.SETTINGS) {
            assertThat(names.add(s.name())).as("declared once: %s", s.name()).isTrue();
            assertThat(MatchConfig.DEFAULT.value(s)).as(s.name()).isEqualTo(s.defaultValue());
            assertThat(s.defaultValue()).as(s.name()).isBetween(s.min(), s.max());
            assertThat(s.description()).as(s.name()).isNotBlank().endsWith(".");
            assertThat(MatchConfig.setting(s.name())).contains(s);
        }
        // the accessors the scorer reads are the table's values, not a second copy of the figures
        assertThat(MatchConfig.DEFAULT.threshold()).isEqualTo(0.70);
        assertThat(MatchConfig.DEFAULT.cutoff()).isEqualTo(0.50);
        assertThat(MatchConfig.DEFAULT.candidates()).isEqualTo(50);
        assertThat(MatchConfig.DEFAULT.minTokenSimilarity()).isEqualTo(MatchConfig.MIN_TOKEN_SIMILARITY.defaultValue());
        assertThat(MatchConfig.DEFAULT.boostIdentifier()).isEqualTo(MatchConfig.BOOST_IDENTIFIER.defaultValue());
        assertThat(MatchConfig.DEFAULT.titleWeight()).isEqualTo(MatchConfig.TITLE_WEIGHT.defaultValue());
    }

    @Test
    void withSetsEachSettingAndOnlyThatOne() {
        for (Setting s : MatchConfig.SETTINGS) {
            // a value in range that differs from the default: the range's other end, or its middle
            double v = s.max() != s.defaultValue() ? s.max() : s.min();
            if (s == MatchConfig.THRESHOLD) {
                v = 0.9; // above the cutoff, so that the threshold rule leaves the cutoff alone
            }
            MatchConfig c = MatchConfig.DEFAULT.with(Map.of(s.name(), s.format(v)));
            assertThat(c.value(s)).as(s.name()).isEqualTo(v);
            for (Setting other : MatchConfig.SETTINGS) {
                if (other != s) {
                    assertThat(c.value(other)).as("%s after setting %s", other.name(), s.name()).isEqualTo(other.defaultValue());
                }
            }
            assertThat(c).isNotEqualTo(MatchConfig.DEFAULT);
        }
    }

    @Test
    void accessorsFollowTheValuesSet() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("threshold", "0.8");
        all.put("candidates", "100");
        all.put("extraQueryWeight", "0.6");
        all.put("boostGram", "0.5");
        all.put("tokenWeightFloor", "0.25");
        MatchConfig c = MatchConfig.DEFAULT.with(all);
        assertThat(c.threshold()).isEqualTo(0.8);
        assertThat(c.candidates()).isEqualTo(100);
        assertThat(c.extraQueryWeight()).isEqualTo(0.6);
        assertThat(c.boostGram()).isEqualTo(0.5);
        assertThat(c.tokenWeightFloor()).isEqualTo(0.25);
        assertThat(c.cutoff()).isEqualTo(MatchConfig.DEFAULT.cutoff());
        assertThat(MatchConfig.DEFAULT.with(Map.of())).isSameAs(MatchConfig.DEFAULT);
    }

    @Test
    void anUnknownSettingIsRefusedWithTheKnownNamesAndTheNearest() {
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("treshold", "0.8")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown setting 'treshold'")
                .hasMessageContaining("did you mean 'threshold'?")
                .hasMessageContaining(String.join(", ", MatchConfig.SETTINGS.stream().map(Setting::name).toList()));
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("ExtraQueryWeigth", "0.6")))
                .hasMessageContaining("did you mean 'extraQueryWeight'?");
        // nothing close: no guess
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("noSuchSetting", "1")))
                .hasMessageContaining("unknown setting 'noSuchSetting'").hasMessageNotContaining("did you mean")
                .hasMessageContaining("candidates");
    }

    @Test
    void aValueThatIsNoNumberOrOutOfRangeIsRefusedNamingSettingValueAndRange() {
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("cutoff", "half")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("setting 'cutoff': 'half' is not a number (range [0, 1])");
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("candidates", "50.5")))
                .hasMessage("setting 'candidates': '50.5' is not a whole number (range [1, 1000])");
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("dobYearMismatch", "-0.1")))
                .hasMessage("setting 'dobYearMismatch': -0.1 is out of range [0, 1]");
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("candidates", "0")))
                .hasMessage("setting 'candidates': 0 is out of range [1, 1000]");
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("threshold", "1.5")))
                .hasMessage("setting 'threshold': 1.5 is out of range [0, 1]");
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("boostToken", "1000")))
                .hasMessage("setting 'boostToken': 1000 is out of range [0, 100]");
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("minTokenSimilarity", "NaN")))
                .hasMessageContaining("setting 'minTokenSimilarity': NaN is out of range [0, 1]");
        assertThatThrownBy(() -> MatchConfig.DEFAULT.withThreshold(2))
                .hasMessage("setting 'threshold': 2 is out of range [0, 1]");
    }

    @Test
    void aThresholdLowersTheCutoffToItselfWhenTheCutoffIsAbove() {
        assertThat(MatchConfig.DEFAULT.withThreshold(0.4).cutoff()).isEqualTo(0.4);
        assertThat(MatchConfig.DEFAULT.withThreshold(0.9).cutoff()).isEqualTo(0.5);
        assertThat(MatchConfig.DEFAULT.with(Map.of("threshold", "0.4")).cutoff()).isEqualTo(0.4);
        // given together, the threshold still wins: a cutoff above it would hide matches
        assertThat(MatchConfig.DEFAULT.with(Map.of("threshold", "0.6", "cutoff", "0.8")).cutoff()).isEqualTo(0.6);
        assertThat(MatchConfig.DEFAULT.with(Map.of("threshold", "0.8", "cutoff", "0.3")).cutoff()).isEqualTo(0.3);
        // a cutoff alone is taken as given
        assertThat(MatchConfig.DEFAULT.withCutoff(0.8).cutoff()).isEqualTo(0.8);
        assertThat(MatchConfig.DEFAULT.withCutoff(0.8).withThreshold(0.7).cutoff()).isEqualTo(0.7);
    }

    @Test
    void everyEdgeMergesByOneRuleTheNamedOptionsWinningOverTheSameSettings() {
        // an option not given moves nothing: a cutoff alone is taken as given, above the default threshold too
        assertThat(MatchConfig.DEFAULT.with(Map.of(), null, 0.8).cutoff()).isEqualTo(0.8);
        assertThat(MatchConfig.DEFAULT.with(Map.of(), null, null)).isSameAs(MatchConfig.DEFAULT);
        // a threshold given lowers a cutoff above it, whether the cutoff came as an option or a setting
        assertThat(MatchConfig.DEFAULT.with(Map.of(), 0.6, 0.8).cutoff()).isEqualTo(0.6);
        assertThat(MatchConfig.DEFAULT.with(Map.of("cutoff", "0.8"), 0.6, null).cutoff()).isEqualTo(0.6);
        // the option wins over the same name among the settings
        MatchConfig both = MatchConfig.DEFAULT.with(Map.of("threshold", "0.9", "cutoff", "0.2", "nearSpelling", "0.9"), 0.75, 0.3);
        assertThat(both.threshold()).isEqualTo(0.75);
        assertThat(both.cutoff()).isEqualTo(0.3);
        assertThat(both.nearSpelling()).isEqualTo(0.9);
        assertThat(both).isEqualTo(MatchConfig.DEFAULT.with(Map.of("threshold", "0.75", "cutoff", "0.3", "nearSpelling", "0.9")));
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of(), 1.5, null))
                .hasMessage("setting 'threshold': 1.5 is out of range [0, 1]");
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("abjadLongBudget", "31"), null, null))
                .hasMessage("setting 'abjadLongBudget': 31 is out of range [0, 30]");
        assertThatThrownBy(() -> MatchConfig.DEFAULT.with(Map.of("minFuzzyLength", "3.5"), null, null))
                .hasMessage("setting 'minFuzzyLength': '3.5' is not a whole number (range [1, 20])");
    }

    @Test
    void settingsFormatAsPeopleWriteThem() {
        assertThat(MatchConfig.CANDIDATES.format(50)).isEqualTo("50");
        assertThat(MatchConfig.THRESHOLD.format(0.7)).isEqualTo("0.7");
        assertThat(MatchConfig.BOOST_TOKEN.format(3)).isEqualTo("3");
        assertThat(MatchConfig.DEFAULT.toString()).startsWith("MatchConfig[threshold=0.7, cutoff=0.5, ");
    }
}
