package org.clearance.names.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearance.io.TsvResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chinese names in Cyrillic, as Russian writes them by the Palladius system: the officials of OFAC's and the EU's
 * Xinjiang designations and China's leaders as the Russian Wikipedia and Russian news write them.
 */
class ChineseNamesCyrillicTest {
    private final ChineseNames names = ChineseNames.get();

    @Test
    void everySyllableOfTheTableReadsBackAsItself() {
        PalladiusReader reader = PalladiusReader.load();
        List<String[]> rows = TsvResource.rows(PalladiusReader.class, "palladius.tsv");
        // every syllable of the standard table but the interjections lo and yo, whose spellings are luo's and ye's
        assertThat(rows).hasSize(TsvResource.rows(PinyinInventory.class, "pinyin-syllables.txt").size() - 2);
        for (String[] row : rows) {
            assertThat(reader.syllables(row[1])).as(row[1]).containsExactly(PinyinInventory.fold(row[0]));
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Си Цзиньпин | xi jinping", "Чэнь Цюаньго | chen quanguo", "Чжу Хайлунь | zhu hailun",
            "Ван Цзюньчжэн | wang junzheng", "Хо Люцзюнь | huo liujun", "Мао Цзэдун | mao zedong",
            "Дэн Сяопин | deng xiaoping", "Е Цзяньин | ye jianying", "Ли Кэцян | li keqiang",
            // a compound surname; a family name last, as lists write it after a comma; ё printed for е; a hyphen
            "Оуян Сю | ouyang xiu", "Цзиньпин, Си | jinping xi", "Ё Цзяньин | ye jianying", "Ху Цзинь-тао | hu jintao"})
    void aChineseNameInRussianReadsAsPinyin(String cyrillic, String pinyin) {
        assertThat(names.fromCyrillic(cyrillic)).contains(pinyin);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Russian names: their words are no Palladius syllables, or no surname begins or ends them
            "Владимир Путин", "Сергей Лавров", "Анна Павлова", "Ян Ван Хаарлем",
            // one word; another script; nothing
            "Цзиньпин", "Xi Jinping", "习近平", "", "  ,  "})
    void otherNamesAreNotRead(String name) {
        assertThat(names.fromCyrillic(name)).isEmpty();
    }

    @Test
    void malformedAndOversizedTextIsNoName() {
        // a digit or a Latin letter inside a word, punctuation, a name of too many words, a word too long to be a name's
        assertThat(names.fromCyrillic("Си Цзинь5пин")).isEmpty();
        assertThat(names.fromCyrillic("Си Jinping")).isEmpty();
        assertThat(names.fromCyrillic("Си Цзиньпин!")).isEmpty();
        assertThat(names.fromCyrillic("Ли ".repeat(100_000))).isEmpty();
        assertThat(names.fromCyrillic("Ли " + "ли".repeat(100_000))).isEmpty();
        assertThat(names.fromCyrillic("Ли Пэн Ли Пэн")).contains("li peng li peng");
    }
}
