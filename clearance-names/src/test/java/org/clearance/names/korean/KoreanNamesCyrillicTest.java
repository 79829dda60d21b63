package org.clearance.names.korean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Korean names in Cyrillic read back into Hangul: DPRK and ROK public figures as the Russian Wikipedia and press write
 * them, by Kontsevich's system and by the customary spellings of the Soviet press.
 */
class KoreanNamesCyrillicTest {
    private final KoreanNames names = KoreanNames.get();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            // Kontsevich's own spellings
            "Чхве Рён Хэ | 최 룡해", "Пак Кын Хе | 박 근혜", "Пан Ги Мун | 반 기문", "Но Му Хён | 노 무현",
            // the customary ones: е for ㅓ and р for a final ㄹ (the leaders' names), чж for ㅈ, е for ё
            "Ким Ир Сен | 김 일성", "Ким Чен Ир | 김 정일", "Ким Чен Ын | 김 정은", "Мун Чжэ Ин | 문 재인",
            "Ким Ё Чжон | 김 여정", "Ким Ен Нам | 김 영남",
            // a given name written as one word, or with a hyphen; the family name 리 as Ли
            "Мун Чжэин | 문 재인", "Пак Кын-хе | 박 근혜", "Ли Ён Хо | 리 영호"})
    void aKoreanNameInRussianReadsAsHangul(String cyrillic, String hangul) {
        assertThat(names.fromCyrillic(cyrillic)).contains(hangul).hasSizeLessThanOrEqualTo(KoreanNames.MAX_HANJA_READINGS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Russian names, a Korean family name after a Russian given name, a Korean name in another script
            "Владимир Путин", "Анна Павлова", "Виктор Цой", "Ирина Ким", "Ким Чен Ын Ким Чен", "Kim Jong Un", "김정은",
            // one word, nothing, a word too long to be a syllable or three
            "Ким", "", "Ким Хххххххххххххххххххххххххххххх"})
    void otherNamesAreNotRead(String name) {
        assertThat(names.fromCyrillic(name)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void malformedAndOversizedTextIsNoName() {
        assertThat(names.fromCyrillic("Ким Чен Ын!")).isEmpty();
        assertThat(names.fromCyrillic("Ким Чен 3")).isEmpty();
        assertThat(names.fromCyrillic("Ким ".repeat(100_000))).isEmpty();
        assertThat(names.fromCyrillic("Ким " + "чен".repeat(100_000))).isEmpty();
        assertThat(names.fromCyrillic("\u0000Ким Чен Ын")).isEmpty();
    }
}
