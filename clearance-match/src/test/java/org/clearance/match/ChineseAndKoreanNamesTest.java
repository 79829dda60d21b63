package org.clearance.match;

import static org.clearance.match.DefaultNames.PREPARER;
import static org.clearance.match.DefaultNames.SCORER;
import static org.clearance.match.DefaultNames.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese names in characters against their romanisations, in one language at a time, and Hangul names whose
 * syllables must agree, on names from the lists (the Latin sides of the false pairs are OFAC and UN names that
 * made-up people in characters met before) and public figures, at the default threshold.
 */
class ChineseAndKoreanNamesTest {
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();


    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // Mandarin: pinyin, Wade-Giles, and the Taiwanese customary spelling of a surname with a Wade-Giles given name
            "习近平 | Xi Jinping", "毛泽东 | Mao Tse-tung", "張學良 | Chang Hsueh-liang", "李登輝 | Lee Teng-hui",
            "陈水扁 | Chen Shui-bian",
            // Cantonese, as Hong Kong writes its people's names
            "李嘉誠 | Li Ka-shing", "梁振英 | Leung Chun-ying", "曾蔭權 | Tsang Yam-kuen", "周潤發 | Chow Yun-fat",
            // Hangul: the same name, and the family name under the initial-sound law (리 in the North, 이 in the South)
            "김정은 | 김정은", "리영호 | 이영호"})
    void aNameMeetsItsRomanisation(String own, String other) {
        assertThat(score(own, other)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // syllables that meet only by mixing Mandarin and Cantonese, or a surname's dialect spelling for a given
            // name or another surname
            "秦燕 | YIN CHIN", "沈伟 | WEI SUN", "曹阳 | Cho Yong Chol", "谢锦程 | CHUN HAI CHENG",
            // a Latin part that merely looks like the syllable: no romanisation writes it so
            "颜晨 | YIN CHEIN", "唐航 | Jeng Phang Naw Taung", "尹瑜 | U Yan Kyaw", "何诚 | PAEK CHANG-HO",
            "贾超 | LEE, John Ka-chiu",
            // Hangul given names one syllable apart, which McCune-Reischauer without breves writes alike
            "김정은 | 김정운", "박정희 | 박정혜"})
    void syllablesThatDifferAreAnotherName(String own, String other) {
        assertThat(score(own, other)).isLessThan(THRESHOLD);
    }

    /**
     * A Chinese name in pinyin against a list name that is not all Chinese (an English given name beside it): the
     * Chinese given names still differ by a syllable, not by a typo. The list names are from the OFAC list.
     */
    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"Li Tingfang | TERRY TENGFANG LI", "Qi Yating | YAMING NINA QI HANSON"})
    void pinyinGivenNamesASyllableApartAreAnotherBesideAnEnglishName(String own, String other) {
        assertThat(score(own, other)).isLessThan(THRESHOLD);
        // the same given name meets, and a typo that is no pinyin is still a typo
        assertThat(score(own.replace("Yating", "Yaming").replace("Tingfang", "Tengfang"), other)).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score(own.replace("Yating", "Yamimg").replace("Tingfang", "Tengfamg"), other)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // Korean names in Hanja, as Chinese and Japanese writing gives DPRK and ROK persons, also read in Korean
            "金正恩 | Kim Jong Un", "金英哲 | KIM Yong Chol", "李英浩 | Ri Yong Ho", "朴槿惠 | Park Geun-hye",
            // Russian writes Chinese names by the Palladius system: the Xinjiang officials of OFAC's list as the Russian
            // press writes them, against the list's pinyin, and names against Wade-Giles and characters
            "Чэнь Цюаньго | CHEN, Quanguo", "Чжу Хайлунь | ZHU, Hailun", "Ван Цзюньчжэн | WANG, Junzheng",
            "Мао Цзэдун | Mao Tse-tung", "Си Цзиньпин | 习近平",
            // and Korean ones by Kontsevich's: DPRK persons of the UN and OFAC lists, and the leaders' names as the
            // Russian press has written them since the 1940s
            "Ри Сон Хёк | Ri Song Hyok", "Ким Чхоль Сам | Kim Chol Sam", "Чан Хён У | Jang Hyon U",
            "Ри Пён Чхоль | Ri Pyong Chol", "Ким Чен Ын | Kim Jong Un", "Ким Ир Сен | Kim Il Sung"})
    void aNameWrittenAsAnotherLanguageWritesItMeetsItsRomanisation(String written, String other) {
        assertThat(DefaultNames.asListed(written, other)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the son is not the father; a two-character Chinese name is not read in Korean (made-up people that met
            // these DPRK names so)
            "金正恩 | Kim Jong Il", "徐刚 | KANG CHOL SU", "孙文 | SON MUN SAN",
            // in Cyrillic, one syllable of the given name apart, as the pinyin or the Hangul would be
            "Ван Ян | Wang Yi", "Ху Цзиньтао | Hu Jinping", "Чэнь Цюаньго | Chen Guoquan", "Ким Чен Ын | Kim Jong Il",
            "Ким Чен Ир | Kim Il Sung", "Ри Сон Хёк | Ri Song Chol"})
    void aReadingInAnotherLanguageIsNoLooserThanTheName(String written, String other) {
        assertThat(DefaultNames.asListed(written, other)).isLessThan(THRESHOLD);
    }
}
