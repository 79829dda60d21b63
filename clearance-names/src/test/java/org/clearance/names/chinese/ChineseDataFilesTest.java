package org.clearance.names.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.clearance.io.TsvResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled tables agree with each other: every pinyin they give is a real pinyin syllable. */
class ChineseDataFilesTest {
    private final PinyinInventory pinyin = PinyinInventory.load();

    @Test
    void syllableInventoryIsTheStandardTable() {
        List<String[]> rows = TsvResource.rows(PinyinInventory.class, "pinyin-syllables.txt");
        assertThat(rows).hasSizeBetween(400, 420);
        assertThat(pinyin.contains("zhuang")).isTrue();
        assertThat(pinyin.contains("lue")).isTrue();
        assertThat(pinyin.contains("hsi")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wade-giles.tsv", "gwoyeu-romatzyh.tsv"})
    void romanisationReadingsArePinyin(String resource) {
        List<String[]> rows = TsvResource.rows(RomanisationTable.class, resource);
        assertThat(rows).hasSizeGreaterThan(400);
        for (String[] row : rows) {
            assertThat(row).hasSize(3);
            assertThat(row[0].length()).isLessThanOrEqualTo(RomanisationTable.MAX_LENGTH);
            assertThat(row[1].split(";")).allMatch(p -> pinyin.contains(PinyinInventory.fold(p)))
                    .hasSameSizeAs(row[2].split(";"));
        }
    }

    @Test
    void surnameTableHasThreeHundredSurnamesInPinyin() {
        List<String[]> rows = TsvResource.rows(SurnameTable.class, "surnames.tsv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows.stream().map(r -> r[0]).distinct()).hasSameSizeAs(rows);
        for (String[] row : rows) {
            assertThat(row).hasSize(6);
            assertThat(Arrays.stream(row[2].split(" "))).allMatch(pinyin::contains);
            assertThat(Double.parseDouble(row[3])).isBetween(0.0, 10.0);
            assertThat(row[5]).matches("[a-z,]*");
        }
    }

    @Test
    void surnameReadingsArePinyin() {
        for (String[] row : TsvResource.rows(HanReader.class, "han-surname-readings.tsv")) {
            assertThat(row[0].codePointCount(0, row[0].length())).isEqualTo(row[1].split(" ").length);
            assertThat(Arrays.stream(row[1].split(" "))).allMatch(pinyin::contains);
        }
    }
}
