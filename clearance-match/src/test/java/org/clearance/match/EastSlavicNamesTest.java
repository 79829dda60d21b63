package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A given name in its Russian, Ukrainian or Belarusian form meets the others as a reading of it: the lists write a
 * Belarusian official Aliaksandr and the query says Alexander. The list sides are the bundled lists' own names.
 */
class EastSlavicNamesTest {
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Alexander Lukashenko | Aleksandr Grigoryevich Lukashenko", "Vladimir Zelensky | Volodymyr Zelenskyy",
            "Nikolai Statkevich | Mikalai Statkevich", "Igor Sechin | Ihar Sechin", "Alexei Navalny | Aliaksei Navalny",
            "Dmitry Medvedev | Dmytro Medvedev"})
    void aGivenNameMeetsItsFormInASisterLanguage(String query, String listed) {
        assertThat(DefaultNames.asListed(query, listed)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    /** A Belarusian family name as the US and Canadian lists write it, against its Russian form. */
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Sergei Novikov | NOVIKAU, Siarhei Ihnatavich", "Novikov | Novikau", "Alexander Lukashenko | LUKASHENKA, Aliaksandr",
            "Natalya Kachanova | KACHANAVA, Natallia Ivanauna", "Yuri Karaev | KARAEU, Yuriy Khadzymuratavich"})
    void aBelarusianFamilyNameMeetsItsRussianForm(String query, String listed) {
        assertThat(DefaultNames.asListed(query, listed)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the Russian ending does not make another family name one: Karpov is no Karaeu, Novak no Novikau
            "Yuri Karpov | KARAEU, Yuriy Khadzymuratavich", "Sergei Novak | NOVIKAU, Siarhei Ihnatavich",
            "Sergei Novikov | NOVAU, Siarhei"})
    void aBelarusianEndingMakesNoOtherFamilyNameOne(String query, String listed) {
        assertThat(DefaultNames.asListed(query, listed)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // forms of other names, however alike they are spelt
            "Alexander Volkov | Oleksiy Volkov", "Vladimir Ivanov | Vladislav Ivanov", "Natalia Petrova | Nadezhda Petrova"})
    void formsOfOtherNamesStayApart(String query, String listed) {
        assertThat(DefaultNames.asListed(query, listed)).isLessThan(THRESHOLD);
    }
}
