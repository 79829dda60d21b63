package org.clearance.names.korean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The South's spelling under the initial-sound law of names the North writes with their first ㄹ or ㄴ. */
class KoreanInitialSoundLawTest {
    private final KoreanNames names = KoreanNames.get();

    @ParameterizedTest(name = "{0} is {1} in the South")
    @CsvSource({"리, 이", "림, 임", "류, 유", "로, 노", "라, 나", "량, 양", "룡해, 용해", "녀, 여", "김, 김", "정은, 정은"})
    void theNorthernFormReadsAsTheSouthernOne(String north, String south) {
        String northern = names.parts("김" + north).get(1).get(0);
        String southern = names.parts("김" + south).get(1).get(0);
        assertThat(KoreanNames.initialSoundLaw(northern)).isEqualTo(southern);
    }
}
