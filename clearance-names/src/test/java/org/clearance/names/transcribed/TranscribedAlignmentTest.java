package org.clearance.names.transcribed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Foreign names as katakana, Hangul and Chinese characters transcribe them, aligned with their Latin spellings:
 * real names of public figures and of people on the lists, as the Japanese, Korean and Chinese Wikipedias and the
 * Xinhua tables write them.
 */
class TranscribedAlignmentTest {
    private static final TranscribedNames NAMES = TranscribedNames.get();
    /** A budget above any the scorer gives, to see the cost itself. */
    private static final int OPEN = 60;

    private static TranscribedWord one(List<TranscribedWord> words) {
        assertThat(words).hasSize(1);
        return words.get(0);
    }

    private static int cost(List<TranscribedWord> words, String latin) {
        return TranscribedAlignment.cost(one(words), latin, OPEN);
    }

    @ParameterizedTest(name = "{0} spells {1}")
    @CsvSource({"ファイサル, faisal", "ムハンマド, muhammad", "ファルハーン, farhan", "ハーリド, khalid", "サウード, saud",
            "オサマ, osama", "ラディン, ladin", "トゥルキー, turki", "アブドゥルアズィーズ, abdulaziz", "ナワーフ, nawaf",
            "ヴラジーミル, vladimir", "プーチン, putin"})
    void katakanaSpellsItsLatinNameExactly(String katakana, String latin) {
        assertThat(cost(NAMES.katakana(katakana), latin)).isZero();
    }

    @ParameterizedTest(name = "{0} spells {1}")
    @CsvSource({"투르키, turki", "파이잘, faisal", "살렘, salem", "라덴, laden", "무함마드, muhammad", "오사마, osama",
            "압둘라, abdulla", "블라디미르, vladimir", "푸틴, putin", "알리, ali"})
    void hangulSpellsItsLatinNameExactly(String hangul, String latin) {
        assertThat(cost(NAMES.hangul(hangul), latin)).isZero();
    }

    @ParameterizedTest(name = "{0} spells {1}")
    @CsvSource({"哈立德, khalid", "阿卜杜勒, abdul", "阿齐兹, aziz", "萨勒曼, salman", "弗拉基米尔, vladimir", "普京, putin",
            "费萨尔, faisal", "班达尔, bandar", "苏尔坦, sultan", "纳伊夫, nayef", "塔哈, taha"})
    void chineseCharactersSpellTheirLatinNameExactly(String han, String latin) {
        assertThat(cost(NAMES.han(han), latin)).isZero();
    }

    @Test
    void aVowelTheScriptBendsCostsLessThanAConsonant() {
        // 默 mo for the ma of Muhammad, ディ for the da of David: a changed vowel each
        assertThat(cost(NAMES.han("穆罕默德"), "mohammed")).isEqualTo(TranscribedAlignment.VOWEL_CHANGED);
        assertThat(cost(NAMES.katakana("ディヴィッド"), "david")).isEqualTo(TranscribedAlignment.VOWEL_CHANGED);
        // the h that Latin writes after a word's last vowel (Abdullah), which the scripts do not write
        assertThat(cost(NAMES.hangul("압둘라"), "abdullah")).isEqualTo(TranscribedAlignment.LATIN_GLIDE);
        // a consonant spelt otherwise is a full edit
        assertThat(cost(NAMES.katakana("ファイサル"), "faisan")).isGreaterThanOrEqualTo(TranscribedAlignment.EDIT);
    }

    @Test
    void aWrittenVowelTheLatinNameLacksIsMoreThanABentOne() {
        // ファイサル writes the i that Fazal lacks; 马克 (Mark) writes a where Mike has i, and Mike's e is silent
        assertThat(cost(NAMES.katakana("ファイサル"), "fazal")).isEqualTo(TranscribedAlignment.VOWEL_LEFT_OUT);
        assertThat(cost(NAMES.han("马克"), "mark")).isEqualTo(TranscribedAlignment.LATIN_POSTVOCALIC_R);
        assertThat(cost(NAMES.han("马克"), "mike")).isGreaterThan(cost(NAMES.han("马克"), "mark"));
    }

    @Test
    void theSearchStopsPastTheBudget() {
        TranscribedWord faisal = one(NAMES.katakana("ファイサル"));
        assertThat(TranscribedAlignment.cost(faisal, "fazal", 3)).isEqualTo(4);
        // no letter of Bandar spells f: settled before the search
        assertThat(TranscribedAlignment.cost(faisal, "bandar", 5)).isEqualTo(6);
        assertThat(TranscribedAlignment.cost(faisal, "", 5)).isEqualTo(6);
    }

    @Test
    void epentheticVowelsAndLengthAreCountedOnlyWhereTheScriptNeedsThem() {
        // the u of ル is epenthetic, the long u of ルー is heard
        assertThat(cost(NAMES.katakana("ルー"), "l")).isGreaterThan(0);
        assertThat(cost(NAMES.katakana("ル"), "l")).isZero();
        // 으 after a consonant is epenthetic; 우 is a vowel
        assertThat(cost(NAMES.hangul("트"), "t")).isZero();
        assertThat(cost(NAMES.hangul("투"), "t")).isGreaterThan(0);
        // 德 de writes d alone, 尔 er writes r alone
        assertThat(cost(NAMES.han("德尔"), "dr")).isZero();
    }

    @Test
    void aWordsConsonantsAreItsLength() {
        assertThat(one(NAMES.katakana("ムハンマド")).consonants()).isEqualTo(5); // m h n m d
        assertThat(one(NAMES.hangul("파이잘")).consonants()).isEqualTo(3); // p j l
        assertThat(one(NAMES.han("伊本")).consonants()).isEqualTo(2); // b n: yi's y is silent
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"ビン, bin", "イブン, ibn", "ビント, bint", "アル, al", "빈, bin", "이븐, ibn", "本, bin", "伊本, ibn", "阿勒, al"})
    void particlesReadAsTheirLatinForm(String written, String latin) {
        List<TranscribedWord> words = written.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c)
                == Character.UnicodeBlock.KATAKANA) ? NAMES.katakana(written)
                : written.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) ? NAMES.hangul(written) : NAMES.han(written);
        assertThat(one(words).isParticle()).isTrue();
        assertThat(one(words).text()).isEqualTo(latin);
    }

    @Test
    void aWordChineseWritesByCustomReadsAsItsLatinFormsAndStillAligns() {
        // 沙特 Saud (沙特阿拉伯 Saudi Arabia) and 苏丹 Sultan, not the tables' shate and sudan; no particle
        TranscribedWord saud = one(NAMES.han("沙特"));
        assertThat(saud.latin()).contains("saud", "saoud");
        assertThat(saud.isParticle()).isFalse();
        assertThat(one(NAMES.han("苏丹")).text()).isEqualTo("sultan");
        assertThat(one(NAMES.han("蘇丹")).text()).isEqualTo("sultan");
        // its sounds are still its transcription's, for a Latin spelling the list of forms lacks
        assertThat(cost(NAMES.han("沙特"), "shat")).isZero();
        // other words keep the tables' reading
        assertThat(one(NAMES.han("苏尔坦")).latin()).isEmpty();
    }

    @Test
    void aFormFixedByCustomKeepsItsLatinFormsAfterTheFamilyPrefix() {
        // Xinhua joins Āl to the family name: 阿勒沙特 Al Saud (Taiwan: 阿勒沙烏地); 阿勒萨尼 Al Thani is transcribed
        assertThat(one(NAMES.han("阿勒沙特")).latin()).contains("alsaud");
        assertThat(one(NAMES.han("阿勒沙烏地")).latin()).contains("alsaud", "alsaudi");
        assertThat(one(NAMES.han("阿勒萨尼")).latin()).isEmpty();
        assertThat(cost(NAMES.han("阿勒萨尼"), "althani")).isZero();
    }

    @Test
    void aTitleWrittenOntoAForeignNameIsAWordOfItsOwn() {
        // Xinhua's 塔拉勒亲王 Prince Talal and 国王萨勒曼 King Salman; Korean writes the title as a word (탈랄 왕자)
        assertThat(NAMES.han("塔拉勒亲王")).extracting(TranscribedWord::text).containsExactly("talale", "prince");
        assertThat(NAMES.han("塔拉勒亲王").get(1).isTitle()).isTrue();
        assertThat(NAMES.han("国王萨勒曼")).extracting(TranscribedWord::text).containsExactly("king", "saleman");
        assertThat(NAMES.hangul("탈랄 왕자").get(1).isTitle()).isTrue();
        assertThat(NAMES.hasHanTitle("塔拉勒亲王")).isTrue();
        // a Chinese name with a title's characters is none: 王子文 Wang Ziwen, 李国王 Li Guowang
        assertThat(NAMES.hasHanTitle("王子文")).isFalse();
        assertThat(NAMES.hasHanTitle("李国王")).isFalse();
        assertThat(NAMES.han("王子文")).hasSize(1);
    }

    @Test
    void theYOfAVowelAfterAHangulSibilantIsTheSibilants() {
        // 션 Shaun, 이셔우드 Isherwood, 셰이크 Sheikh, 조쉬 Josh: sh and j before a vowel as the loanword orthography and
        // usage write them
        assertThat(cost(NAMES.hangul("션"), "shon")).isZero();
        assertThat(cost(NAMES.hangul("션"), "shaun")).isPositive().isLessThanOrEqualTo(TranscribedAlignment.LATIN_SECOND_VOWEL);
        assertThat(cost(NAMES.hangul("이셔우드"), "isherwood")).isLessThan(TranscribedAlignment.EDIT);
        assertThat(cost(NAMES.hangul("조쉬"), "josh")).isZero();
        assertThat(cost(NAMES.hangul("셰이크"), "sheikh")).isLessThan(TranscribedAlignment.EDIT);
        // elsewhere the y is a vowel's (유수프 Yusuf) and a written vowel (슈 is shu, not sh)
        assertThat(cost(NAMES.hangul("유수프"), "yusuf")).isZero();
        assertThat(cost(NAMES.hangul("슈"), "sh")).isPositive();
    }

    @Test
    void katakanaEchoingTheVowelBeforeAnHWritesTheHAlone() {
        // ファハド Fahd, メヘディ Mehdi, ファタハ Fatah: the h ends a syllable, its vowel repeats the one before
        assertThat(cost(NAMES.katakana("ファハド"), "fahd")).isZero();
        assertThat(cost(NAMES.katakana("ファハド"), "fahad")).isZero();
        assertThat(cost(NAMES.katakana("メヘディ"), "mehdi")).isZero();
        assertThat(cost(NAMES.katakana("ファタハ"), "fatah")).isZero();
        // another vowel after the h is heard (ムハンマド Muhammad), and so is a lengthened one (サハーラ)
        assertThat(cost(NAMES.katakana("ムハンマド"), "muhmmad")).isPositive();
        assertThat(cost(NAMES.katakana("サハーラ"), "sahra")).isPositive();
    }

    @Test
    void wordsAreSplitAtDotsSpacesAndDoubleHyphens() {
        assertThat(NAMES.katakana("ファイサル・ビン・ファルハーン・アール＝サウード")).extracting(TranscribedWord::text)
                .containsExactly("faisaru", "bin", "faruhan", "al", "saudo");
        assertThat(NAMES.han("阿卜杜勒-阿齐兹·本·法赫德")).hasSize(4);
        assertThat(NAMES.hangul("살렘 빈 라덴")).hasSize(3);
    }

    @Test
    void emptyMixedAndUnreadableNamesReadAsNothing() {
        assertThat(NAMES.katakana("")).isEmpty();
        assertThat(NAMES.katakana("ハリド中将")).isEmpty(); // kanji too: a Japanese reading, not a transcription
        assertThat(NAMES.katakana("Faisal")).isEmpty();
        assertThat(NAMES.hangul("파이잘 Faisal")).isEmpty();
        assertThat(NAMES.han("")).isEmpty();
    }

    @Test
    void aHugeNameIsBounded() {
        String huge = "ファイサル".repeat(2000);
        List<TranscribedWord> words = NAMES.katakana(huge);
        assertThat(TranscribedAlignment.cost(one(words), "faisal", 8)).isEqualTo(9);
    }

    @ParameterizedTest(name = "{0} is {1} as its language says it")
    @CsvSource({
            // German j, sch, z, ch after a vowel; Albanian j; Polish w, j and ch
            "요한, johann", "바흐, bach", "숄츠, scholz", "야누자이, januzaj", "미하엘, michael", "보이치에흐, wojciech"})
    void aEuropeanNameIsTranscribedAsItIsSaid(String written, String latin) {
        List<TranscribedWord> words = Character.UnicodeScript.of(written.codePointAt(0)) == Character.UnicodeScript.HANGUL
                ? NAMES.hangul(written) : NAMES.han(written);
        assertThat(cost(words, latin)).isEqualTo(org.clearance.names.LatinReadings.COST);
    }
}
