package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.clearance.io.TsvResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Belarusian family names and patronymics with their Russian endings, on the table's examples and list names. */
class BelarusianEndingsTest {
    @Test
    void everyRowsExampleTakesTheRussianEnding() {
        List<String[]> rows = TsvResource.rows(BelarusianEndings.class, "belarusian-endings.tsv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        for (String[] row : rows) {
            assertThat(row).hasSize(3);
            String[] example = row[2].toLowerCase(Locale.ROOT).split(" ~ ");
            assertThat(example[0]).as(row[2]).endsWith(row[0]);
            String russian = BelarusianEndings.russianForm(example[0]);
            // the ending is the table's; the stem stays as Belarusian spells it (Tsikhan- for Tikhan-)
            assertThat(russian).as(row[2]).endsWith(row[1]).startsWith(example[0].substring(0, example[0].length() - row[0].length()));
            if (example[0].length() - row[0].length() == example[1].length() - row[1].length()
                    && example[0].regionMatches(0, example[1], 0, example[0].length() - row[0].length())) {
                assertThat(russian).as(row[2]).isEqualTo(example[1]);
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"novikau, novikov", "lukashenka, lukashenko", "kachanava, kachanova", "ivanauna, ivanovna",
            "ihnatavich, ihnatovich", "kalinouski, kalinovskiy", "rymasheuski, rymashevskiy", "paulouskaya, paulovskaya"})
    void aListsBelarusianSpellingTakesTheRussianEnding(String belarusian, String russian) {
        assertThat(BelarusianEndings.russianForm(belarusian.toLowerCase(Locale.ROOT))).isEqualTo(russian);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ava", "beau", "lau", "novikov", "lukashenko", "ivanov", "smith", "", "a"})
    void aWordWithoutSuchAnEndingOrTooShortHasNone(String part) {
        assertThat(BelarusianEndings.russianForm(part)).isNull();
    }

    @Test
    void noPartNoFormAndAHugePartOnlyItsEnding() {
        assertThat(BelarusianEndings.russianForm(null)).isNull();
        String huge = "x".repeat(200_000);
        assertThat(BelarusianEndings.russianForm(huge)).isNull();
        assertThat(BelarusianEndings.russianForm(huge + "au")).hasSize(200_002).endsWith("xov");
    }
}
