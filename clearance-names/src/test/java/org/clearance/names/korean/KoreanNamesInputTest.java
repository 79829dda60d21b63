package org.clearance.names.korean;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as a Hangul name, and inputs at the edges. */
class KoreanNamesInputTest {
    private final KoreanNames names = KoreanNames.get();

    @ParameterizedTest
    @ValueSource(strings = {"김정은", "김 정은", "남궁 민", "김·정은", "김ㆍ정은", "김정-은", "김", " 김정은 ", "김\u3000정은"})
    void hangulNames(String name) {
        assertThat(names.isHangulName(name)).isTrue();
        assertThat(names.parts(name)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kim Jong Un", "김정은 Kim", "김Jong", "金正恩", "김정은1", "김정은.", "ㄱ", "ㅏ",
            "きむ", "-", " ", "·", "김정은 (Kim)"})
    void notHangulNames(String name) {
        assertThat(names.isHangulName(name)).isFalse();
        assertThat(names.parts(name)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmpty(String name) {
        assertThat(names.isHangulName(name)).isFalse();
        assertThat(names.parts(name)).isEmpty();
    }

    @Test
    void decomposedSyllablesAreComposedFirst() {
        String decomposed = Normalizer.normalize("김정은", Normalizer.Form.NFD);
        assertThat(decomposed).hasSize(9);

        assertThat(names.isHangulName(decomposed)).isTrue();
        assertThat(names.parts(decomposed)).isEqualTo(names.parts("김정은"));
    }

    @Test
    void aNameOfOneSyllableIsOnePart() {
        List<List<String>> parts = names.parts("김");

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0)).startsWith("gim").contains("kim");
        assertThat(names.parts("휘")).hasSize(1);
        assertThat(names.parts("휘").get(0)).startsWith("hwi");
    }

    @Test
    @Timeout(5)
    void aLongInputIsBounded() {
        String longName = "김정은".repeat(100);
        assertThat(longName).hasSize(300);

        long start = System.nanoTime();
        assertThat(names.isHangulName(longName)).isTrue();
        List<List<String>> parts = names.parts(longName);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(1)).hasSizeBetween(1, Romaniser.MAX_READINGS);
        assertThat(parts.get(1).get(0)).hasSizeGreaterThan(600);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

        String spaced = "김정은 ".repeat(100);
        assertThat(names.parts(spaced)).hasSize(100);
    }

    @Test
    void everyReadingIsLowerCaseAsciiAndTheyAreCapped() {
        for (String name : List.of("김정은", "황보영미", "권쥑뷁", "쀍뙇똃", "이의희", "여영연염", "김석우영", "흙닭값")) {
            for (List<String> part : names.parts(name)) {
                assertThat(part).as(name).isNotEmpty().hasSizeLessThanOrEqualTo(Romaniser.MAX_READINGS)
                        .doesNotHaveDuplicates().allMatch(r -> r.matches("[a-z]+"));
            }
        }
    }

    @Test
    void partsAreImmutable() {
        List<List<String>> parts = names.parts("김정은");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parts.get(0).add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parts.add(List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
