package org.clearance.match;

import static org.clearance.match.DefaultNames.PREPARER;
import static org.clearance.match.DefaultNames.SCORER;
import static org.clearance.match.DefaultNames.score;
import static org.assertj.core.api.Assertions.assertThat;

import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic-script names written in Arabic, Hebrew and Cyrillic letters against their Latin spellings: the link words of
 * a patronymic chain however each script writes them, and Russian renderings of the names, on real names (people on
 * the lists and public figures) at the default threshold.
 */
class ArabicNamesAcrossScriptsTest {
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();


    /** The similarity of the only part of one name with the only part of another. */
    private static double part(String a, String b) {
        Token x = PREPARER.prepare(a, NameKind.PRIMARY, Schema.PERSON).tokens().get(0);
        Token y = PREPARER.prepare(b, NameKind.PRIMARY, Schema.PERSON).tokens().get(0);
        return SCORER.similarity(x, y, false, true, 0, false);
    }

    @ParameterizedTest(name = "{0} is the link word {1}")
    @CsvSource({"ابن, bin", "بن, ibn", "بن, ben", "אבן, bin", "בן, ibn", "بنت, binti", "בת, bint"})
    void aLinkWordMeetsEveryLatinSpellingOfIt(String written, String latin) {
        assertThat(part(written, latin)).isEqualTo(MatchConfig.DEFAULT.readingMatch());
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"بنت, bin", "ابن, bint", "בת, ben"})
    void aSonIsNoDaughter(String written, String latin) {
        assertThat(part(written, latin)).isLessThan(MatchConfig.DEFAULT.minTokenSimilarity());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the chain's link words as Hebrew and Arabic write them against the Latin ones of the lists
            "עבד אל עזיז אבן סעוד | Abdulaziz bin Saud", "عبد العزيز ابن سعود | Abdulaziz bin Saud",
            "אוסאמה בן לאדן | Usama ibn Ladin",
            // Russian renderings of Arabic names (х h, к q, у w, й y, е a): the UN list's and Saudi princes' names
            "Айман аз-Завахири | Ayman al-Zawahiri", "Юсеф аль-Кардауи | Yusuf al-Qaradawi",
            "Абдула Сулейман Альгамдан | Abdullah bin Suleiman Al Hamdan", "Тарек бин Ладен | Tariq ibn Ladin",
            "Машхур ибн Сауд ибн Абду-ль-Азиз Аль Сауд | Mashhoor bin Saud bin Abdulaziz Al Saud",
            "Халид ибн Абдель Азиз | Khalid bin Abdulaziz",
            // Hindi and Marathi without the nukta (फ f, झ z), Hebrew with a geresh (ח' kh), Hungarian digraphs
            "फैसल बिन अब्दुलअझीझ | Faisal bin Abdulaziz", "ח'אלד אבן עבד אל עזיז | Khalid bin Abdulaziz",
            "פייצל אבן חוסיין | Fejszál ibn Huszejn", "منير الحداد | Mounir al-Haddad",
            // "bin X" written as one family name, its ta marbuta as ALA-LC's h (the UN list's BINALSHIBH)
            "رمزي محمد عبد الله بن الشيبة | RAMZI MOHAMED ABDULLAH BINALSHIBH"})
    void aNameMeetsItsLatinSpelling(String written, String latin) {
        assertThat(score(written, latin)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // Russian names are read by their vowels too: one consonant skeleton is no match
            "Радим Гришин | GARSHIN, Vadim Veniaminovich", "Хасан Алиев | Hussein Aliyev",
            // the article is no name (Ас-Сауд is not Ali Saud)
            "Ас-Сауд | Ali Saud"})
    void differentNamesStayBelowTheThreshold(String written, String latin) {
        assertThat(score(written, latin)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // a ruler's ordinal with its article, as Arabic, Hebrew and English write it, is the Roman numeral of the lists
            "عبدالله الثاني | Abdullah II", "עבדאללה השני | Abdullah II", "Abdullah the Second | Abdullah II",
            "تركي الثاني بن عبد العزيز آل سعود | Turki II bin Abdulaziz Al Saud",
            // a family name is no ordinal: آل ثاني is the Al Thani
            "حمد بن خليفة آل ثاني | Hamad bin Khalifa Al Thani"})
    void aRulersOrdinalIsItsNumber(String written, String latin) {
        assertThat(score(written, latin)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the kings of Iraq and Jordan and a Saudi prince, each named once with his ordinal and once by his father
            "فيصل الثاني بن غازي | Faisal bin Ghazi", "عبدالله الثاني بن الحسين | Abdullah bin Al-Hussein",
            "Abdullah the Second bin Al-Hussein | Abdullah bin Al-Hussein", "תורכי השני בן עבד אל עזיז | Turki bin Abdulaziz"})
    void aRulersOrdinalTheOtherNameLeavesOutWeighsAsAStyle(String written, String latin) {
        assertThat(score(written, latin)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"فيصل الثاني | Faisal bin Abdulaziz", "Abdullah the Second | Abdullah bin Abdulaziz"})
    void aRulersOrdinalMakesNoOneNameTwo(String written, String latin) {
        assertThat(score(written, latin)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"فيصل الأول | Faisal II", "غازي الأول | Ghazi II", "Faisal the First | Faisal II"})
    void anotherRulersOrdinalIsAnotherMan(String written, String latin) {
        assertThat(score(written, latin)).isLessThan(THRESHOLD);
    }

    @Test
    void threeInitialsSpellNoWrittenWordButThreeWordsDo() {
        // the alias M.S.D. of MURAD EN SONS DIAMONDS (OFAC) against a man's name; Abd el Halim against عبد الحليم
        assertThat(SCORER.align(PREPARER.prepare("مسعد بن عبد الكريم", NameKind.PRIMARY, Schema.LEGAL_ENTITY),
                PREPARER.prepare("M.S.D.", NameKind.ALIAS, Schema.COMPANY)).score()).isLessThan(THRESHOLD);
        assertThat(score("عبد الحليم خدام", "Abd el Halim Khaddam")).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} is spelt {1}")
    @CsvSource({"Кардави, qaradawi", "Наиф, nayef", "Алуалид, alwalid", "Мухаммед, mohammad", "Завахири, zawahiri", "аз, al",
            "ас, el", "ел, al", "аль, el"})
    void aRussianRenderingMeetsTheUsualLatinSpelling(String cyrillic, String latin) {
        assertThat(part(cyrillic, latin)).isGreaterThanOrEqualTo(MatchConfig.DEFAULT.minTokenSimilarity());
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"Гришин, garshin", "Хасан, hussein", "Наиф, nawaf", "Сауд, said", "Тит, tet"})
    void aRussianRenderingIsNoConsonantSkeleton(String cyrillic, String latin) {
        assertThat(part(cyrillic, latin)).isLessThan(MatchConfig.DEFAULT.minTokenSimilarity());
    }
}
