package org.clearance.names.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kana to modified Hepburn and its variants, rule by rule. */
class KanaRomaniserTest {
    private final KanaRomaniser romaniser = KanaRomaniser.load();

    @ParameterizedTest
    @CsvSource({
        "やまだ, yamada",
        "はなこ, hanako",
        "しんじゅく, shinjuku",
        "ちかつ, chikatsu",
        "ふじ, fuji",
        "きょうと, kyoto",         // yōon and a long o
        "サトウ, sato",            // katakana, long o as う
        "おおの, ono",             // long o as お
        "ユウキ, yuki",            // long u
        "イノウエ, inoue",          // う before a vowel starts its own syllable
        "ほっかいどう, hokkaido",   // small tsu doubles the consonant
        "マッチャ, matcha",         // ... and ch as tch
        "じゅんいちろう, junichiro", // ん before a vowel
        "しんぶん, shinbun",        // modified Hepburn keeps n before b
        "プーチン, puchin",         // the long-vowel mark
        "ウラジーミル, urajimiru",
        "ヴィクトル, vikutoru",      // loanword sounds
        "ふぁ, fa",
        "づ, zu",
        "を, o",
    })
    void hepburn(String kana, String hepburn) {
        assertThat(romaniser.hepburn(kana)).isEqualTo(hepburn);
    }

    @Test
    void longVowelSpellings() {
        assertThat(romaniser.spell("サトウ", KanaRomaniser.STYLES)).startsWith("sato").contains("satou", "satoh", "satoo");
        assertThat(romaniser.spell("ユウコ", KanaRomaniser.STYLES)).contains("yuko", "yuuko");
    }

    @Test
    void kunreiNihonShikiAndLabialN() {
        assertThat(romaniser.spell("しんぶん", KanaRomaniser.STYLES)).contains("shimbun", "sinbun");
        assertThat(romaniser.spell("ちょう", KanaRomaniser.STYLES)).contains("cho", "tyo", "tyou");
        assertThat(romaniser.spell("ふじ", KanaRomaniser.STYLES)).contains("huzi");
        assertThat(romaniser.spell("ぢ", KanaRomaniser.STYLES)).contains("ji", "zi", "di");
    }

    @Test
    void wordBoundaryStopsALongVowel() {
        // 小 お + 内 うち: the う begins the second word (Ōuchi is the exception the as-written spelling covers)
        assertThat(romaniser.hepburn("オ|ウチ")).isEqualTo("ouchi");
    }

    @Test
    void notKanaIsNoReading() {
        assertThat(romaniser.spell("abc", KanaRomaniser.STYLES)).isEmpty();
        assertThat(romaniser.spell("", KanaRomaniser.STYLES)).isEmpty();
    }

    /** ICU's Katakana-Latin (ISO 3602-like, with macrons) agrees on plain syllables once marks are dropped. */
    @Test
    void agreesWithIcuOnPlainSyllables() {
        Transliterator icu = Transliterator.getInstance("Katakana-Latin; Latin-ASCII");
        for (String kana : List.of("ヤマダ", "ハナコ", "タナカ", "スズキ", "ワタナベ", "フジモリ")) {
            assertThat(romaniser.hepburn(kana)).as(kana).isEqualTo(icu.transliterate(kana));
        }
    }
}
