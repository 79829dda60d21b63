package org.clearance.match;

import static org.clearance.match.DefaultNames.PREPARER;
import static org.clearance.match.DefaultNames.SCORER;
import static org.clearance.match.DefaultNames.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Names written in their own scripts against their Latin spellings, and the rules that keep different names
 * apart, on real names (people on the lists and public figures) at the default threshold.
 */
class NamesInTheirOwnScriptsTest {
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();


    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // Arabic script: the UN and OFAC lists, the Saudi royal family
            "فهد بن سعود | Fahd bin Saud", "طارق عزيز | TARIQ AZIZ", "عبد الحكيم مراد | ABDUL HAKIM MURAD",
            "جلال الدين حقانى | JALALUDDIN HAQQANI", "نور الدين بن علي | NOUREDDINE BEN ALI", "محمد عمر | Mohammed Omar",
            "عبد الرحمن بن عبد العزيز | Abd al-Rahman bin Abd al-Aziz",
            // Hebrew
            "בנימין נתניהו | Benjamin Netanyahu", "משה דיין | Moshe Dayan",
            // Hangul: South Korean and DPRK spellings
            "김정은 | Kim Jong Un", "문재인 | Moon Jae-in", "최룡해 | Choe Ryong Hae", "반기문 | Ban Ki-moon",
            // Japanese in kanji and kana
            "安倍晋三 | Shinzo Abe", "麻原彰晃 | Shoko Asahara", "やまだ はなこ | Hanako Yamada",
            // Chinese, Azerbaijani
            "习近平 | Xi Jinping", "Əliyev İlham | Ilham Aliyev",
            // Cyrillic as the US lists write it (BGN/PCGN) and as Czech or German labels do (ISO 9)
            "Кудрявцев Константин Борисович | KUDRYAVTSEV, Konstantin Borisovich",
            "Айрат Насимович Вахитов | AYRAT NASIMOVICH VAKHITOV", "Фейсал ибн Салман Аль Сауд | Fajsal bin Salmán Ál Saúd"})
    void aNameMeetsItsLatinSpelling(String own, String latin) {
        assertThat(score(own, latin)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    /**
     * A Uyghur name in the Cyrillic of Kazakhstan's Uyghurs meets the lists' spelling, which writes its ә as e (ULY's
     * reading), letter for letter, not merely as a sound-alike of the a that Kazakh BGN/PCGN reads. Perhat Tursun, writer;
     * Abduweli Ayup, linguist; the OFAC list's Erkin Tuniyaz as the query writes him.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"Пәрһат Турсун | Perhat Tursun", "Абдувәли Аюп | Abduweli Ayup", "Әркин Тунияз | Erkin Tuniyaz"})
    void aUyghurNameInCyrillicMeetsItsUyghurLatinSpelling(String cyrillic, String latin) {
        assertThat(score(cyrillic, latin)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // two writings of different names whose consonants happen to meet
            "شہناز احمد | Haji Ahmad Jan", "ابراهيم النجار | Ibrahim al-'Asiri", "حسنہ احمد | ADNAN S. HASAN AHMED",
            "תמיר בן נון | IVANOV, Timur", "סהר נשר | Ansar al-Sharia",
            // syllables that differ are different Korean, Japanese and Chinese names
            "김정은 | Kim Jong Il", "용하율 | WU, Yonghao", "장호준 | JANGHORBANI, Hamid Reza",
            "简萍 | YANG, Jianping",
            // a near spelling past the edit budget is another name
            "Marina Xavier | FRANCISCO XAVIER MARTINEZ", "Murilo Carvalho | ORTEGA MURILLO, Juan Carlos",
            // a one-part name does not meet a longer name on its one part
            "Kamran | Kamran Daneshju", "Elvira | ARAUJO MONZON, Elvira"})
    void differentNamesStayBelowTheThreshold(String query, String listName) {
        assertThat(score(query, listName)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} does not pair with {1}")
    @CsvSource({"محمد, mahmoud", "حسين, hassan", "حسنہ, hasan", "نور, nuri", "ابراهيم, asiri", "عبدالله, bilal",
            "תמיר, timur", "סהר, sharia", "אשד, saudi", "عایشہ, shah"})
    void anAbjadWordPairsOnlyWithinItsBudget(String abjad, String latin) {
        assertThat(SCORER.abjad(org.clearance.names.abjad.AbjadLetters.of(abjad), latin)).isZero();
    }

    @Test
    void aJapaneseNameInKanjiIsNotReadAsChinese() {
        assertThat(score("中田 トミ", Schema.LEGAL_ENTITY, "SHAANXI ZHONGTIAN ROCKET TECHNOLOGY COMPANY LIMITED", Schema.COMPANY))
                .isLessThan(THRESHOLD);
    }

    @Test
    void aChineseNameIsNotMetByTwoSyllablesOfACompanysName() {
        assertThat(score("季鑫", Schema.LEGAL_ENTITY, "香港芯联国际有限公司", Schema.COMPANY)).isLessThan(THRESHOLD);
    }

    @Test
    void aLetterLeftOutOfAShortPartIsStillATypo() {
        assertThat(score("Saed MORTAZAVI", "MORTAZAVI, Saeed")).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score("Muhammad IBAL", "IQBAL, Muhammad")).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(new TokenSimilarity(MatchConfig.DEFAULT).editBudget(4)).isZero();
        assertThat(new TokenSimilarity(MatchConfig.DEFAULT).editBudget(5)).isEqualTo(1);
        assertThat(new TokenSimilarity(MatchConfig.DEFAULT).editBudget(8)).isEqualTo(2);
    }

    @Test
    void hugeEmptyAndUnreadableNamesInEveryScriptAreRefusedNothingAndBounded() {
        for (String word : new String[] {"محمد ", "משה ", "김정은 ", "安倍晋三 ", "やまだ ", "\u0640\u064e "}) {
            PreparedName huge = PREPARER.prepare(word.repeat(100_000), NameKind.PRIMARY, Schema.PERSON);
            assertThat(huge.tokens().size()).isLessThanOrEqualTo(org.clearance.names.NameText.MAX_CHARS);
            assertThat(huge.original()).hasSize(word.length() * 100_000);
            assertThat(score(word.repeat(1000), "Mohammed Moshe Kim Abe")).isBetween(0.0, 1.0);
        }
        assertThat(PREPARER.prepare("", NameKind.PRIMARY, Schema.PERSON).tokens()).isEmpty();
        assertThat(PREPARER.prepare("\u0640\u064e", NameKind.PRIMARY, Schema.PERSON).tokens()).isEmpty(); // tatweel and a vowel sign only
        assertThat(score("ـَ", "Mohammed")).isZero();
    }

    @Test
    void theExplanationPairsEachWrittenWordWithItsSpelling() {
        NameAlignment a = SCORER.align(PREPARER.prepare("فهد بن سعود", NameKind.PRIMARY, Schema.PERSON),
                PREPARER.prepare("Fahd bin Saud", NameKind.PRIMARY, Schema.PERSON));
        assertThat(a.pairs()).extracting(NameAlignment.Pair::list).containsExactlyInAnyOrder("fahd", "bin", "saud");
        assertThat(a.extraQuery()).isEmpty();
    }
}
