package org.clearance.names.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseNamesSurnameTest {
    private final ChineseNames names = ChineseNames.get();

    @Test
    void commonSurnamesAreKnown() {
        for (String s : List.of("wang", "li", "zhang", "liu", "chen", "zhu", "sun", "peng", "xi", "mao", "deng", "jiang", "cai")) {
            assertThat(names.isSurname(s)).as(s).isTrue();
        }
        assertThat(names.isSurname("ouyang")).isTrue();
        assertThat(names.isSurname("Ou Yang")).isTrue();
        assertThat(names.isSurname("hailun")).isFalse();
        assertThat(names.isSurname("")).isFalse();
        assertThat(names.isSurname(null)).isFalse();
    }

    @Test
    void aCommonSurnameWeighsLessThanARareOne() {
        assertThat(names.surnameFrequency("wang")).isBetween(0.05, 0.1);
        assertThat(names.surnameFrequency("wang")).isGreaterThan(names.surnameFrequency("ouyang"));
        assertThat(names.surnameFrequency("ouyang")).isPositive();
        assertThat(names.surnameFrequency("vladimir")).isZero();
        assertThat(names.surnameFrequency(null)).isZero();
    }

    @Test
    void surnamesWrittenAlikeAddUp() {
        // 徐 and 许 are both xu
        assertThat(names.surnameFrequency("xu")).isGreaterThan(0.02);
    }

    @Test
    void recognisesChineseNames() {
        assertThat(names.isLikelyChineseName(List.of("zhu", "hailun"))).isTrue();
        assertThat(names.isLikelyChineseName(List.of("hailun", "zhu"))).isTrue();
        assertThat(names.isLikelyChineseName(List.of("mao", "tse-tung"))).isTrue();
        assertThat(names.isLikelyChineseName(List.of("chiang", "kai-shek"))).isTrue();
        assertThat(names.isLikelyChineseName(List.of("lee", "kuan", "yew"))).isFalse(); // yew: no system's spelling
        assertThat(names.isLikelyChineseName(List.of("chan", "shui-bian"))).isTrue();
        assertThat(names.isLikelyChineseName(List.of("tsai", "ing-wen"))).isTrue();
        assertThat(names.isLikelyChineseName(List.of("ma", "ying-jeou"))).isTrue();
    }

    @Test
    void rejectsOtherNames() {
        assertThat(names.isLikelyChineseName(List.of("vladimir", "putin"))).isFalse();
        assertThat(names.isLikelyChineseName(List.of("li", "vladimir"))).isFalse();
        assertThat(names.isLikelyChineseName(List.of("hailun"))).isFalse();
        // every word Chinese syllables and Bin a surname, but seven syllables: more than a Chinese name has
        assertThat(names.isLikelyChineseName(List.of("osama", "bin", "ladena"))).isFalse();
        assertThat(names.isLikelyChineseName(List.of("sima", "xiangru"))).isTrue();
        assertThat(names.isLikelyChineseName(List.of())).isFalse();
        assertThat(names.isLikelyChineseName(null)).isFalse();
    }
}
