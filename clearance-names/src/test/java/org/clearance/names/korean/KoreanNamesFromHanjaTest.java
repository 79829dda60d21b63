package org.clearance.names.korean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Korean names written in Hanja read in Hangul by Unihan's readings; names that cannot be Korean names are not read. */
class KoreanNamesFromHanjaTest {
    private final KoreanNames korean = KoreanNames.get();

    @Test
    void aKoreanNameInHanjaReadsInHangul() {
        assertThat(korean.fromHanja("金正恩")).contains("김정은");
        assertThat(korean.fromHanja("朴槿惠")).containsExactly("박근혜");
        // 李 is 리 in the North and 이 in the South: both readings, each a name the surname table knows
        assertThat(korean.fromHanja("李英浩")).contains("리영호", "이영호");
        // a simplified character reads as its traditional form (张 as 張)
        assertThat(korean.fromHanja("张成泽")).contains("장성택");
        // spaces and middle dots between the characters are no characters of the name
        assertThat(korean.fromHanja("金 正恩")).isEqualTo(korean.fromHanja("金正恩"));
        assertThat(korean.fromHanja("金·正恩")).isEqualTo(korean.fromHanja("金正恩"));
    }

    @Test
    void otherNamesAreNotRead() {
        // two characters: far more often a Chinese name, whose one given syllable meets any Korean one
        assertThat(korean.fromHanja("徐刚")).isEmpty();
        // a first character that is no Korean family name, a Japanese name of four, kana, Latin
        assertThat(korean.fromHanja("习近平")).isEmpty();
        assertThat(korean.fromHanja("安倍晋三")).isEmpty();
        assertThat(korean.fromHanja("キム")).isEmpty();
        assertThat(korean.fromHanja("Kim")).isEmpty();
        assertThat(korean.fromHanja("金正a")).isEmpty();
    }

    @Test
    void emptyAndOversizedTextIsNoName() {
        assertThat(korean.fromHanja("")).isEmpty();
        assertThat(korean.fromHanja("   ")).isEmpty();
        assertThat(korean.fromHanja("金".repeat(100_000))).isEmpty();
        // a character outside the table (a rare extension-B one) reads as nothing, not as a guess
        assertThat(korean.fromHanja("金\uD840\uDC00恩")).isEmpty();
    }

    @Test
    void theReadingsAreBounded() {
        assertThat(korean.fromHanja("金金金")).hasSizeLessThanOrEqualTo(KoreanNames.MAX_HANJA_READINGS);
    }
}
