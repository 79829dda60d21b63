package org.clearance.names.korean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearance.io.TsvResource;
import org.junit.jupiter.api.Test;

/** The bundled tables are well formed and agree with the romaniser. */
class KoreanDataFilesTest {
    @Test
    void surnameTableLoadsWithoutDuplicatesAndInAscii() {
        List<String[]> rows = TsvResource.rows(SurnameTable.class, "surnames.tsv");

        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rows.stream().map(r -> r[0]).distinct()).hasSameSizeAs(rows);
        for (String[] row : rows) {
            assertThat(row).as(row[0]).hasSize(4);
            assertThat(row[0]).as(row[0]).matches("[\uAC00-\uD7A3]{1,2}");
            assertThat(row[1]).as(row[0]).matches("[a-z]+");
            assertThat(row[3].split(",")).as(row[0]).allMatch(s -> s.matches("[a-z]+")).doesNotHaveDuplicates();
            int minWord = Integer.parseInt(row[2]);
            // a one-syllable family name heads any word of two; a compound needs at least one syllable more
            if (row[0].length() == 1) {
                assertThat(minWord).as(row[0]).isEqualTo(2);
            } else {
                assertThat(minWord).as(row[0]).isBetween(3, 4);
            }
        }
        assertThat(SurnameTable.load().all()).hasSameSizeAs(rows);
    }

    @Test
    void surnameRrColumnIsWhatTheRomaniserComputes() {
        Romaniser romaniser = new Romaniser(JamoTable.load());
        for (SurnameTable.Surname surname : SurnameTable.load().all()) {
            List<Syllable> syllables = surname.hangul().codePoints().mapToObj(Syllable::of).toList();
            assertThat(romaniser.revised(syllables)).as(surname.hangul()).isEqualTo(surname.rr());
        }
    }

    @Test
    void jamoTableCoversModernHangulInAsciiAndCyrillic() {
        List<String[]> rows = TsvResource.rows(JamoTable.class, "jamo.tsv");

        assertThat(rows.stream().filter(r -> r[0].equals("initial"))).hasSize(19);
        assertThat(rows.stream().filter(r -> r[0].equals("medial"))).hasSize(21);
        assertThat(rows.stream().filter(r -> r[0].equals("final"))).hasSize(27);
        for (String[] row : rows) {
            assertThat(row).hasSize(9);
            for (int column = 2; column < 7; column++) {
                assertThat(row[column]).as(String.join(" ", row)).matches("-|[a-z,]*");
            }
            // every jamo has a Cyrillic spelling but the silent ㅇ, which has none
            assertThat(row[8]).as(String.join(" ", row)).matches(row[1].equals("ㅇ") && row[0].equals("initial") ? "" : "[а-яё]+(,[а-яё]+)*");
        }
        JamoTable table = JamoTable.load();
        assertThat(table.initial(Syllable.initialIndex('ㅇ')).rr()).isEmpty();
        assertThat(table.initial(Syllable.initialIndex('ㅇ')).cyrillic()).containsExactly("");
        assertThat(table.fin(Syllable.finalIndex('ㅇ')).rr()).isEqualTo("ng");
    }

    @Test
    void syllablesDecomposeAsUnicodeSays() {
        assertThat(Syllable.of('김')).isEqualTo(new Syllable(Syllable.initialIndex('ㄱ'), Syllable.medialIndex('ㅣ'),
                Syllable.finalIndex('ㅁ')));
        assertThat(Syllable.of('가').hasFinal()).isFalse();
        assertThat(Syllable.of('힣').codePoint()).isEqualTo('힣');
    }
}
