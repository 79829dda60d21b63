package org.clearance.match;

import static org.clearance.match.DefaultNames.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * European names as Hebrew, Arabic script and Hangul write them, by their sound in their own language (German, Italian,
 * Portuguese, Polish), against their Latin spellings at the default threshold: public figures as the Hebrew, Arabic and
 * Korean Wikipedias write them, and the different names that those readings must not bring together.
 */
class EuropeanNamesAcrossScriptsTest {
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Olaf Scholz | أولاف شولتس", "Olaf Scholz | 올라프 숄츠", "Richard Wagner | ريتشارد فاغنر",
            "Sigmund Freud | זיגמונד פרויד", "Johann Strauss | 요한 슈트라우스", "Philippe Coutinho | فيليب كوتينيو",
            "Andrzej Duda | אנדז'יי דודה", "Grzegorz Lato | גז'גוז' לאטו", "Jan Kowalski | يان كوفالسكي"})
    void aEuropeanNameMeetsItsSoundInAnotherScript(String latin, String written) {
        assertThat(score(latin, written)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // Spanish j is not read kh: Jalil is no Khalil, Jean no Khan
            "Jalil Hamad | خليل حمد", "Jean-Michel Didat | مشال خان",
            // a word of three abjad letters takes no reading: Wahid read as German vahid is no Fahd
            "Wahid Ali | فهد علي",
            // a reading's glide is no consonant: Rovegno read rovenyo is no Irfan, Amanullah no Amna
            "Alexander M. Rovegno | عرفان مفتاح", "Amanullah Afridi | آمنہ آفریدی",
            // a Russian name read by Italian spelling (ch as k) is no other Russian's
            "Vladimir Dmitrievich Nechaev | Властимир Наков",
            // German eu written as oi: Fried is not Freud
            "Daniel Fried | דניאל פרויד"})
    void theReadingsKeepOtherNamesApart(String latin, String written) {
        assertThat(score(latin, written)).isLessThan(THRESHOLD);
    }
}
