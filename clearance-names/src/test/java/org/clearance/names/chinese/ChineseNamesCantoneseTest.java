package org.clearance.names.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cantonese spellings of names in characters (Unihan's Jyutping in the Hong Kong government's romanisation), and
 * the dialect spellings of surnames kept apart from the romanisation systems, on Hong Kong public figures.
 */
class ChineseNamesCantoneseTest {
    private final ChineseNames names = ChineseNames.get();

    @Test
    void hongKongNamesReadAsTheyAreListed() {
        // Li Ka-shing, Leung Chun-ying, Tsang Yam-kuen, Chow Yun-fat
        assertReads("李嘉誠", "lee", "ka", "shing");
        assertReads("梁振英", "leung", "chun", "ying");
        assertReads("曾蔭權", "tsang", "yam", "kuen");
        assertReads("周潤發", "chow", "yun", "fat");
        // the simplified forms read alike
        assertReads("李嘉诚", "lee", "ka", "shing");
    }

    private void assertReads(String han, String... spellings) {
        List<Set<String>> read = names.cantonese(han);
        assertThat(read).hasSize(spellings.length);
        for (int i = 0; i < spellings.length; i++) {
            assertThat(read.get(i)).as(han + " syllable " + i).contains(spellings[i]);
        }
    }

    @Test
    void theCantoneseOfOneSyllableIsNotItsPinyin() {
        // 嘉 is jia in pinyin, gaa in Cantonese: Jia is no Cantonese spelling, Ka no pinyin
        assertThat(names.cantonese("李嘉誠").get(1)).doesNotContain("jia").contains("ka");
        assertThat(names.cantonese("秦燕").get(0)).doesNotContain("chin", "qin");
    }

    @Test
    void aDialectSpellingOfASurnameWritesThatSurnameAlone() {
        // yin is the Cantonese spelling of 鄢 (pinyin yan), not of every yan: not a reading in any system
        assertThat(names.readings("yin")).contains(List.of("yan"));
        assertThat(names.systematicReadings("yin")).doesNotContain(List.of("yan")).contains(List.of("yin"));
        assertThat(names.surnameCharacters("yin")).contains("鄢").doesNotContain("燕", "颜");
        assertThat(names.surnameCharacters("wong")).contains("王", "黄");
        // Wade-Giles stays a system: chin is jin, ch'in without its apostrophe qin
        assertThat(names.systematicReadings("chin")).contains(List.of("jin"), List.of("qin"));
        // compound surnames keep their spellings
        assertThat(names.systematicReadings("auyeung")).contains(List.of("ou", "yang"));
    }

    @Test
    void aChineseNameInCharactersBeginsWithItsSurname() {
        assertThat(names.surnameCharacter("秦燕")).contains("秦");
        assertThat(names.surnameCharacter("陳水扁")).contains("陈");
        // a compound surname, a transcribed foreign name, a surname alone
        assertThat(names.surnameCharacter("欧阳修")).isEmpty();
        assertThat(names.surnameCharacter("查尔斯·达尔文")).isEmpty();
        assertThat(names.surnameCharacter("王")).isEmpty();
    }
}
