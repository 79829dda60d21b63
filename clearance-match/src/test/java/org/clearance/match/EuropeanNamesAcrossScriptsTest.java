package org.clearance.match;

import static org.clearance.match.DefaultNames.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * European names as Hebrew, Arabic script and Hangul write them, by their sound in their own language (German, French,
 * Portuguese, Polish), against their Latin spellings at the default threshold: public figures as the Hebrew, Arabic and
 * Korean Wikipedias write them, and the different names that those readings must not bring together; and names in
 * Cyrillic and Greek against the lists' spellings of them.
 */
class EuropeanNamesAcrossScriptsTest {
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Olaf Scholz | 올라프 숄츠", "Johann Strauss | 요한 슈트라우스", "Wojciech Jaruzelski | 보이치에흐 야루젤스키",
            "Heinrich Heine | 하인리히 하이네", "Sigmund Freud | זיגמונד פרויד", "Sigmund Freud | سيغموند فرويد",
            "Philippe Coutinho | فيليب كوتينيو", "Ronaldinho Gaucho | رونالدينيو غاوتشو", "Michel Platini | מישל פלטיני",
            "Andrzej Duda | אנדז'יי דודה", "Grzegorz Lato | גז'גוז' לאטו", "Guillermo del Toro | 기예르모 델 토로",
            // as Russian writes them said (French soft g and unsaid endings, English ge, German sch and z), as the Russian
            // Wikipedia writes these public figures
            "Georges Pompidou | Жорж Помпиду", "François Mitterrand | Франсуа Миттеран", "Gérard Depardieu | Жерар Депардьё",
            "Gisele Bündchen | Жизель Бюндхен", "George Bush | Джордж Буш", "Olaf Scholz | Олаф Шольц",
            // Russian э after a consonant, which BGN/PCGN writes with a middle dot (d·evid) that once split the word
            "David Cameron | Дэвид Кэмерон", "Margaret Thatcher | Маргарет Тэтчер",
            // Greek names as ELOT 743 writes them, as Greek passports and the lists do
            "Georgios Papandreou | Γεώργιος Παπανδρέου", "Konstantinos Mitsotakis | Κωνσταντίνος Μητσοτάκης",
            "Dimitrios Chatzigeorgiou | Δημήτριος Χατζηγεωργίου"})
    void aEuropeanNameMeetsItsSoundInAnotherScript(String latin, String written) {
        assertThat(score(latin, written)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // French says its final r and c: Lenoir is no Ленуа, Leclerc no Лекле
            "Georges Lenoir | Жорж Ленуа", "Charles Leclerc | Шарль Лекле",
            // Spanish j is not read kh or h: Jalil is no Khalil, Jean no Khan
            "Jalil Hamad | خليل حمد", "Jalil Hamad | 할릴 하마드", "Jean-Michel Didat | مشال خان",
            // readings the abjad letters would take as another letter: German w as v (ف), z as ts (ث), Albanian q as ch (ح),
            // French j as zh (ظ)
            "Wahid Ali | فهد علي", "Awad Ali | فؤاد علي", "Wadi Hassan | فادي حسن", "Ziemann Mohammed | عثمان محمد",
            "Qasim Ali | حسام علي", "Najam Khan | ناظم خان",
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
