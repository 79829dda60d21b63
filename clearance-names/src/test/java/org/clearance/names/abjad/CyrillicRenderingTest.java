package org.clearance.names.abjad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Russian renderings of Arabic names against their Latin spellings, letter by letter (cyrillic.tsv), on real names. */
class CyrillicRenderingTest {
    /** NameScorer's budget for a word of five letters or more, in tenths of an edit. */
    private static final int LONG_WORD_BUDGET = 6;

    private static int cost(String cyrillic, String latin) {
        return AbjadAlignment.cost(AbjadLetters.ofCyrillic(cyrillic), latin, 100);
    }

    @ParameterizedTest(name = "{0} is spelt {1}")
    @CsvSource({"Наиф, naif", "Юсуф, yusuf", "Юсуф, yussuf", "Мухаммед, muhammad", "Мухаммед, mohammed",
            "Халид, khalid", "Фейсал, faisal", "Фейсал, faycal", "Завахири, zawahiri", "Алуалид, alwalid", "Джамаль, jamal",
            "Измайлов, ismailov", "Гусейн, husein"})
    void theUsualSpellingCostsNothing(String cyrillic, String latin) {
        assertThat(cost(cyrillic, latin)).isZero();
    }

    @Test
    void writtenVowelsCountWhereTheAbjadsWouldNot() {
        // Russian writes the vowels the abjad leaves out: a Latin vowel it lacks, or one of its own spelt otherwise,
        // costs something (Кардави for Qaradawi, Абдель for Abdul), a left-out one more
        assertThat(cost("Кардави", "qaradawi")).isEqualTo(AbjadAlignment.VOWEL_ADDED);
        assertThat(cost("Наиф", "nayef")).isEqualTo(AbjadAlignment.VOWEL_ADDED);
        assertThat(cost("Абдель", "abdul")).isEqualTo(AbjadAlignment.WRITTEN_VOWEL_CHANGED);
        assertThat(cost("Фахад", "fahd")).isEqualTo(AbjadAlignment.VOWEL_LEFT_OUT);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"Гришин, garshin", "Хасан, hussein", "Наиф, nawaf"})
    void differentNamesCostMoreThanALongWordsBudget(String cyrillic, String latin) {
        assertThat(cost(cyrillic, latin)).isGreaterThan(LONG_WORD_BUDGET);
    }

    @Test
    void theLettersLeaveOutSignsAndReadDzhAsOne() {
        assertThat(AbjadLetters.ofCyrillic("Абду-ль-Азиз")).isEqualTo("абдулазиз");
        assertThat(AbjadLetters.ofCyrillic("Джамаль")).isEqualTo("џамал");
        assertThat(AbjadLetters.ofCyrillic("Мухаммед")).isEqualTo("мухамед");
        assertThat(AbjadLetters.isCyrillicArticle("аз")).isTrue();
        assertThat(AbjadLetters.isCyrillicArticle("аб")).isFalse();
    }
}
