package org.clearance.names.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearance.io.TsvResource;
import org.junit.jupiter.api.Test;

/** Pinyin to Wade-Giles, for the validation's romanisation treatment, read back by the same tables screening uses. */
class ChineseNamesWadeGilesTest {
    private final ChineseNames chinese = ChineseNames.get();

    @Test
    void syllablesAreWrittenAsWadeWroteThem() {
        assertThat(chinese.wadeGiles("zhou")).contains("chou");
        assertThat(chinese.wadeGiles("qing")).contains("ch'ing");
        assertThat(chinese.wadeGiles("xi")).contains("hsi");
        assertThat(chinese.wadeGiles("si")).contains("ssu"); // ssu and szu: the first of two equally short spellings
        assertThat(chinese.wadeGiles("vladimir")).isEmpty();
    }

    @Test
    void everyWadeGilesSpellingReadsBackToItsPinyin() {
        for (String[] row : TsvResource.rows(PinyinInventory.class, "pinyin-syllables.txt")) {
            String pinyin = PinyinInventory.fold(row[0].strip());
            chinese.wadeGiles(pinyin).ifPresent(wg -> assertThat(chinese.readings(wg)).as(pinyin + " as " + wg).contains(List.of(pinyin)));
        }
    }
}
