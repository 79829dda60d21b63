package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.clearance.names.transcribed.TranscribedAlignment;
import org.clearance.names.transcribed.TranscribedNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Foreign names transcribed into katakana, Hangul and Chinese characters against their Latin spellings, through the
 * preparer and the scorer at the default threshold: public figures as the Japanese, Korean and Chinese Wikipedias
 * write them, and different names whose transcriptions share consonants.
 */
class TranscribedNamesTest {
    private static final NamePreparer PREPARER = new NamePreparer(new TokenWeights(Map.of()));
    private static final NameScorer SCORER = new NameScorer(MatchConfig.DEFAULT);
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();

    private static PreparedName person(String name) {
        return PREPARER.prepare(name, NameKind.PRIMARY, Schema.PERSON);
    }

    private static double score(String query, String listName) {
        return SCORER.align(person(query), person(listName)).score();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "ファイサル・ビン・ファルハーン | Faisal bin Farhan", "ムハンマド・ビン・サルマーン | Mohammed bin Salman",
            "オサマ・ビン・ラディン | Osama bin Laden", "ドナルド・トランプ | Donald Trump",
            "ディヴィッド・ベッカム | David Beckham"})
    void katakanaMeetsTheLatinSpelling(String katakana, String latin) {
        assertThat(score(katakana, latin)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "투르키 빈 파이잘 | Turki bin Faisal", "살렘 빈 라덴 | Salem bin Laden", "무함마드 빈 살만 | Mohammed bin Salman",
            "도널드 트럼프 | Donald Trump", "마이클 잭슨 | Michael Jackson"})
    void hangulMeetsTheLatinSpelling(String hangul, String latin) {
        assertThat(score(hangul, latin)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "哈立德·伊本·阿卜杜勒·阿齐兹 | Khalid ibn Abdul Aziz", "穆罕默德·本·萨勒曼 | Mohammed bin Salman",
            "弗拉基米尔·普京 | Vladimir Putin", "奥萨马·本·拉登 | Osama bin Laden", "阿卜杜勒·阿齐兹 | Abdulaziz"})
    void chineseCharactersMeetTheLatinSpelling(String han, String latin) {
        assertThat(score(han, latin)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // one consonant skeleton, other names: a written vowel missing, a vowel bent in a short word
            "ファイサル | Fazal", "マイク | Mark", "马克 | Mike", "살만 | Salim", "하미드 | Hamad",
            // a name sharing its particle and one word with another person's
            "ファイサル・ビン・サルマーン | Faisal bin Farhan", "무함마드 빈 나이프 | Mohammed bin Salman",
            "穆罕默德·本·纳伊夫 | Mohammed bin Salman"})
    void differentNamesStayBelowTheThreshold(String written, String latin) {
        assertThat(score(written, latin)).isLessThan(THRESHOLD);
    }

    @Test
    void theBudgetGrowsWithTheConsonantsAWordWrites() {
        TranscribedNames names = TranscribedNames.get();
        // two consonants: a bent vowel is another name (马克 is Mark, Mike is 迈克)
        assertThat(SCORER.transcribed(names.han("马克").get(0), "mark")).isPositive();
        assertThat(SCORER.transcribed(names.han("马克").get(0), "mike")).isZero();
        // three: one bent vowel, not a written vowel left out
        int david = TranscribedAlignment.cost(names.katakana("ディヴィッド").get(0), "david", MatchConfig.DEFAULT.transcribedMiddleBudget());
        assertThat(david).isPositive().isLessThanOrEqualTo(MatchConfig.DEFAULT.transcribedMiddleBudget());
        assertThat(SCORER.transcribed(names.katakana("ディヴィッド").get(0), "david"))
                .isEqualTo(MatchConfig.DEFAULT.transcribedMatch() - david * MatchConfig.DEFAULT.transcribedCostStep());
        assertThat(SCORER.transcribed(names.katakana("ファイサル").get(0), "fazal")).isZero();
        // five: still within budget with a bent vowel, and above the part threshold
        assertThat(SCORER.transcribed(names.han("穆罕默德").get(0), "mohammed"))
                .isGreaterThanOrEqualTo(MatchConfig.DEFAULT.minTokenSimilarity());
        assertThat(MatchConfig.DEFAULT.transcribedMatch() - MatchConfig.DEFAULT.transcribedLongBudget() * MatchConfig.DEFAULT.transcribedCostStep())
                .isGreaterThanOrEqualTo(MatchConfig.DEFAULT.minTokenSimilarity());
    }

    @Test
    void aDoubledConsonantIsOneSoundWhicheverLetterTheScriptWrites() {
        TranscribedNames names = TranscribedNames.get();
        // the first t of Watts is the mark ッ or nothing, the second the t of ツ and 츠 (Naomi Watts, Charlie Watts)
        assertThat(score("ナオミ・ワッツ", "Naomi Watts")).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score("나오미 와츠", "Naomi Watts")).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score("チャーリー・ワッツ", "Charlie Watts")).isGreaterThanOrEqualTo(THRESHOLD);
        // but the two letters are one consonant, not none: ワ (wa) does not spell Watts, nor 마 (ma) Mass
        int budget = MatchConfig.DEFAULT.transcribedLongBudget();
        assertThat(TranscribedAlignment.cost(names.katakana("ワ").get(0), "watts", budget)).isGreaterThan(budget);
        assertThat(TranscribedAlignment.cost(names.hangul("마").get(0), "mass", budget)).isGreaterThan(budget);
    }

    @Test
    void aParticleIsTheSameAsEachOfItsLatinForms() {
        TranscribedNames names = TranscribedNames.get();
        assertThat(SCORER.transcribed(names.katakana("ビン").get(0), "ibn")).isEqualTo(1.0);
        assertThat(SCORER.transcribed(names.han("本").get(0), "ben")).isEqualTo(1.0);
        assertThat(SCORER.transcribed(names.hangul("빈").get(0), "abu")).isZero();
    }

    @Test
    void uyghurNamesInHanAreStillReadAsUyghurElements() {
        assertThat(person("艾尔肯·吐尼亚孜").tokens()).allMatch(t -> t.transcribed() == null);
        assertThat(score("艾尔肯·吐尼亚孜", "Erkin Tuniyaz")).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void aWordOfAUyghurLookingNameThatNoElementReadsIsTranscribed() {
        // 阿里 Ali is a Uyghur element too; 哈梅内伊 and 易卜拉欣 are no Uyghur words but Xinhua's Khamenei and Ibrahim
        assertThat(score("阿里·哈梅内伊", "Ali Khamenei")).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score("易卜拉欣·阿里", "Ibrahim Ali")).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score("阿里·哈梅内伊", "Ali Hamdani")).isLessThan(THRESHOLD);
        // a Uyghur name keeps its skeletons: 祖力菲亚 is Zulpiye, Chinese writing the Uyghur p as f
        assertThat(person("祖力菲亚·依明").skeletons()).isNotEmpty();
        assertThat(score("祖力菲亚·依明", "Zulpiye Imin")).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "沙特·本·费萨尔 | Saud bin Faisal", "萨勒曼·本·阿卜杜勒-阿齐兹·阿勒沙特 | Salman bin Abdulaziz Al Saud",
            "哈立德·本·苏丹 | Khalid bin Sultan", "穆阿迈尔·卡扎菲 | Muammar Gaddafi", "ファハド・ビン・スルタン | Fahd bin Sultan"})
    void formsFixedByCustomAndEchoedVowelsMeetTheLatinSpelling(String written, String latin) {
        assertThat(score(written, latin)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "塔拉勒亲王 | Prince Talal", "国王萨勒曼 | King Salman", "阿尔瓦利德·本·塔拉勒亲王 | Prince Alwaleed bin Talal",
            "탈랄 왕자 | Prince Talal"})
    void aTitleInCharactersOrHangulIsTheLatinTitle(String written, String latin) {
        assertThat(score(written, latin)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void aTitleIsNoNameAndAChineseNameWithItsCharactersStaysChinese() {
        assertThat(score("塔拉勒亲王", "Prince Naif")).isLessThan(THRESHOLD);
        assertThat(score("塔拉勒亲王", "Talal")).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(person("王子文").chinese()).isTrue();
        assertThat(score("王子文", "Wang Ziwen")).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "沙特·本·费萨尔 | Saad bin Faisal", "哈立德·本·苏丹 | Khalid bin Salman", "ファハド・ビン・スルタン | Fahim bin Sultan"})
    void formsFixedByCustomAreNoOtherNames(String written, String latin) {
        assertThat(score(written, latin)).isLessThan(THRESHOLD);
    }

    @Test
    void aKoreanPersonsNameIsReadAsKoreanAndAJapaneseNameInKanjiAsJapanese() {
        assertThat(person("김정은").tokens()).allMatch(t -> t.transcribed() == null && t.spoken());
        assertThat(person("安倍晋三").tokens()).allMatch(t -> t.transcribed() == null);
        assertThat(person("ファイサル").tokens()).allMatch(t -> t.transcribed() != null);
    }

    @Test
    void transcribedNamesHaveNoSkeletonsAndAreNoChineseNames() {
        for (String name : new String[] {"ファイサル・ビン・ファルハーン", "투르키 빈 파이잘", "穆罕默德·本·萨勒曼"}) {
            assertThat(person(name).skeletons()).isEmpty();
            assertThat(person(name).chinese()).isFalse();
        }
    }

    @Test
    void theExplanationPairsEachTranscribedWordWithItsSpelling() {
        NameAlignment a = SCORER.align(person("ファイサル・ビン・ファルハーン"), person("Faisal bin Farhan"));
        assertThat(a.pairs()).extracting(NameAlignment.Pair::list).containsExactlyInAnyOrder("faisal", "bin", "farhan");
        assertThat(a.extraQuery()).isEmpty();
    }

    @Test
    void twoTranscribedWordsMeetOneLatinPartAndTheOtherWayRound() {
        assertThat(score("アブドゥル・アジズ", "Abdulaziz")).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score("アブドゥルアジズ", "Abdul Aziz")).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void hugeEmptyAndMixedNamesAreBounded() {
        for (String word : new String[] {"ファイサル・", "파이잘 ", "萨勒曼·"}) {
            PreparedName huge = person(word.repeat(100_000));
            assertThat(huge.tokens().size()).isLessThanOrEqualTo(org.clearance.names.NameText.MAX_CHARS);
            assertThat(score(word.repeat(1000), "Faisal Salman")).isBetween(0.0, 1.0);
        }
        assertThat(score("ファイサル Faisal", "Faisal")).isBetween(0.0, 1.0);
        assertThat(score("・", "Faisal")).isZero();
    }
}
