package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clearance.io.TsvResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms of one given name in Russian, Ukrainian and Belarusian, as the lists in ../shared write them. */
class GivenNameFormsTest {
    @Test
    void everyFormOfARowIsOneNameAndEveryRowAnother() {
        List<String[]> rows = TsvResource.rows(GivenNameForms.class, "given-name-forms.tsv");
        assertThat(rows).hasSizeGreaterThan(50);
        Set<String> names = new HashSet<>();
        for (String[] row : rows) {
            assertThat(row).hasSize(4);
            String name = GivenNameForms.name(String.join("", NameText.tokens(row[0])));
            assertThat(name).as(row[0]).isNotNull();
            for (int language = 0; language < 3; language++) {
                assertThat(GivenNameForms.name(String.join("", NameText.tokens(row[language])))).as(row[language]).isEqualTo(name);
            }
            for (String latin : row[3].split(",")) {
                assertThat(latin).matches("[a-z]+");
                assertThat(GivenNameForms.name(latin)).as(latin).isEqualTo(name);
            }
            assertThat(names.add(name)).as("one row for " + name).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} ~ {1} ~ {2}")
    @CsvSource({
            // spellings the EU, UK, US and Canadian lists give persons of Russia, Ukraine and Belarus
            "alexander, oleksandr, aliaksandr", "vladimir, volodymyr, uladzimir", "sergey, serhii, siarhei",
            "dmitry, dmytro, dzmitry", "nikolai, mykola, mikalai", "igor, ihor, ihar", "natalia, nataliia, natallia",
            "yevgeny, yevhen, yauhen", "alexei, oleksiy, aliaksei", "yuri, yurii, yury"})
    void aNameIsOneInEachLanguageAndSpelling(String russian, String ukrainian, String belarusian) {
        assertThat(GivenNameForms.name(russian)).isNotNull().isEqualTo(GivenNameForms.name(ukrainian))
                .isEqualTo(GivenNameForms.name(belarusian));
    }

    @Test
    void namesAlikeInSpellingStayApart() {
        assertThat(GivenNameForms.name("aleksandr")).isNotEqualTo(GivenNameForms.name("aleksei"));
        assertThat(GivenNameForms.name("vladimir")).isNotEqualTo(GivenNameForms.name("vladislav"));
        assertThat(GivenNameForms.name("aleksandr")).isNotEqualTo(GivenNameForms.name("aleksandra"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the other names the header keeps out (the Indian Raman, the Arabic Hanna), names with one form, and nothing
            "raman", "hanna", "ivan", "anton", "mohammed", "", "a"})
    void otherPartsAreNoForm(String part) {
        assertThat(GivenNameForms.name(part)).isNull();
    }
}
