package org.clearance.names.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real names in kanji and kana, read as their bearers spell them in Latin letters. */
class JapaneseNamesTest {
    private final JapaneseNames names = JapaneseNames.get();

    @ParameterizedTest
    @CsvSource({
        "安倍晋三, abe, shinzo",      // Kuromoji reads 晋三 susumu-san; shinzo comes from the name-kanji lattice
        "岸田文雄, kishida, fumio",
        "小泉純一郎, koizumi, junichiro",
        "麻原彰晃, asahara, shoko",
        "重信房子, shigenobu, fusako",
        "篠原 武雄, shinohara, takeo",
        "やまだ はなこ, yamada, hanako",
        "中田 トミ, nakata, tomi",
    })
    void familyAndGivenName(String name, String family, String given) {
        List<List<String>> parts = names.parts(name);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).contains(family);
        assertThat(parts.get(1)).contains(given);
    }

    @Test
    void kuromojisOwnReadingComesFirst() {
        assertThat(names.parts("岸田文雄").get(0).get(0)).isEqualTo("kishida");
        assertThat(names.parts("小泉純一郎").get(1).get(0)).isEqualTo("junichiro");
    }

    @Test
    void longVowelAlternatives() {
        assertThat(names.parts("佐藤")).singleElement().satisfies(p -> {
            assertThat(p.get(0)).isEqualTo("sato");
            assertThat(p).contains("satou", "satoh");
        });
        assertThat(names.parts("麻原彰晃").get(1)).contains("shoukou", "syoko");
    }

    @Test
    void foreignNameInKatakanaHasAPartPerWord() {
        List<List<String>> parts = names.parts("ウラジーミル・プーチン");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).get(0)).isEqualTo("urajimiru");
        assertThat(parts.get(1).get(0)).isEqualTo("puchin");
    }

    @Test
    void readingsAreBoundedLowerCaseAscii() {
        for (String name : List.of("安倍晋三", "小泉純一郎", "ウラジーミル・プーチン", "松下 陽斗", "長沢 八重子")) {
            for (List<String> part : names.parts(name)) {
                assertThat(part).isNotEmpty().hasSizeLessThanOrEqualTo(JapaneseNames.MAX_READINGS)
                        .allMatch(r -> r.matches("[a-z]+"), "lower-case ASCII").doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void nothingToRead() {
        assertThat(names.parts(null)).isEmpty();
        assertThat(names.parts("")).isEmpty();
        assertThat(names.parts("  ")).isEmpty();
        assertThat(names.parts("Vladimir Putin")).isEmpty();
        assertThat(names.parts("习近平")).isEmpty(); // 习 is no Japanese character: the part has no reading
    }

    @ParameterizedTest
    @ValueSource(strings = {"安倍晋三", "岸田文雄", "小泉純一郎", "麻原彰晃", "重信房子", "篠原 武雄", "佐藤",
        "やまだ はなこ", "ウラジーミル・プーチン", "中田 トミ", "林芳正"})
    void japaneseNamesAreJapanese(String name) {
        assertThat(names.isJapanese(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"习近平", "王毅", "秦燕", "季鑫", "顾国华", "曹阳", "Vladimir Putin", "Sato Taro",
        "查尔斯·达尔文", "·", "王"})
    void chineseAndLatinNamesAreNot(String name) {
        assertThat(names.isJapanese(name)).isFalse();
    }

    @Test
    void emptyAndNullAreNotJapanese() {
        assertThat(names.isJapanese(null)).isFalse();
        assertThat(names.isJapanese("")).isFalse();
        assertThat(names.isJapanese(" ")).isFalse();
    }

    @Test
    void longInputDoesNotBlowUp() {
        String kanji = "安倍晋三篠原武雄".repeat(38); // 304 characters
        String mixed = "やまだ 佐藤 ".repeat(50);
        assertThat(names.isJapanese(kanji)).isTrue();
        assertThat(names.parts(kanji)).isNotEmpty();
        assertThat(names.parts(mixed)).hasSize(100);
        assertThat(names.isJapanese("ー".repeat(300))).isFalse();
    }

    @Test
    void safeAcrossThreads() throws InterruptedException {
        List<List<String>> expected = names.parts("小泉純一郎");
        Thread[] threads = new Thread[4];
        boolean[] ok = new boolean[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int k = i;
            threads[i] = new Thread(() -> {
                boolean same = true;
                for (int n = 0; n < 200; n++) {
                    same &= names.parts("小泉純一郎").equals(expected) && names.isJapanese("篠原 武雄");
                }
                ok[k] = same;
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(ok).containsOnly(true);
    }
}
