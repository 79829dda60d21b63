package org.clearance.match;

import static org.clearance.match.DefaultNames.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A query that gives a person's middle names, father's name or patronymic, which the list's shorter name leaves out,
 * on real names at the default threshold; and the names whose part between first and last is no middle name.
 */
class MiddleNamesLeftOutTest {
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the father's and grandfather's names of Arabic names, given without a link word
            "صدام حسين عبد المجيد التكريتي | Saddam al-Tikriti", "رفيق بهاء الدين الحريري | Rafic Hariri",
            // a Russian patronymic, in Cyrillic and in Latin letters
            "Сергей Викторович Лавров | Sergey Lavrov", "Vladimir Vladimirovich Putin | Vladimir Putin",
            // a Hebrew middle name
            "בנימין זאב נתניהו | Benjamin Netanyahu"})
    void aShortFormWithoutTheMiddleNamesMeetsTheFullName(String query, String listName) {
        assertThat(score(query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the list gives another name where the query gives the father's (Saddam Kamil, his son-in-law)
            "صدام حسين عبد المجيد التكريتي | Saddam Kamil al-Tikriti",
            // the first part is the family name after a comma: Qusay is the son's own name, Saddam his father's
            "'AL-TIKRITI, Qusay Saddam Hussein' | Saddam al-Tikriti",
            // a Latin name's part between first and last is a family name in Spanish, not left out by short forms
            "Gilberto Godoy Moya | Gilbert Moyo",
            // nor one whose first part meets the list's only as an initial
            "محمد حسين التكريتي | M. al-Tikriti"})
    void otherwiseTheQuerysPartsCountInFull(String query, String listName) {
        assertThat(score(query, listName)).isLessThan(THRESHOLD);
    }
}
