package org.clearance.match;

import static org.clearance.match.DefaultNames.PREPARER;
import static org.clearance.match.DefaultNames.SCORER;
import static org.clearance.match.DefaultNames.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.clearance.testing.ListsIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a name's structure says beyond its parts' spellings: the generations of a patronymic chain, titles in
 * Arabic script and Hebrew, whether a name is a person's or an organisation's, a one-part name against a longer
 * one, and weak aliases. Real names from the lists (the Saudi royal family as Wikidata and the UN list write it).
 */
class NameEvidenceTest {
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();


    private static double person(String query, String listName) {
        return score(query, Schema.PERSON, listName, Schema.PERSON);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "سلطان بن سلمان بن عبد العزيز آل سعود | Sultan ibn Salman Al Sa'ud",
            "Mohammed bin Fahd bin Abdulaziz Al Saud | Mohammed bin Fahd Al Saud",
            "Mohammed bin Fahd Al Saud | محمد بن فهد بن عبد العزيز آل سعود"})
    void anAncestorLeftOutOfAChainIsNoConflict(String query, String listName) {
        assertThat(person(query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // father and son
            "Salman bin Sultan | Sultan bin Salman", "سلمان بن سلطان | Sultan bin Salman",
            // Sultan son of Abdulaziz (the late crown prince) and Sultan son of Salman, grandson of Abdulaziz
            "Sultan bin Abdulaziz | Sultan bin Salman bin Abdulaziz",
            // cousins: the same name and father, another grandfather
            "Faisal bin Saud bin Abdulaziz | Faisal bin Saud bin Turki"})
    void theGenerationsOfAChainKeepTheirOrder(String query, String listName) {
        assertThat(person(query, listName)).isLessThan(THRESHOLD);
    }

    @Test
    void chainsWithoutTheWordsStayAsTheyWere() {
        // a name without link words is all one generation, so "Last, First" pairs as before
        assertThat(person("AL SAUD, Sultan bin Salman", "Sultan bin Salman Al Saud")).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "الفريق ركن أسعد الزهير | Asaad al-Zuhair", "الدكتور توفيق الربيعة | Tawfiq Al Rabiah",
            "הנסיך טלאל | Talal"})
    void aTitleInArabicScriptOrHebrewWeighsAsATitle(String query, String listName) {
        assertThat(person(query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void aNameThatIsOnlyATitleIsStillThatWord() {
        List<Token> tokens = PREPARER.prepare("الشيخ", NameKind.PRIMARY, Schema.PERSON).tokens();
        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).weight()).isGreaterThan(MatchConfig.DEFAULT.titleWeight());
    }

    @Test
    void aPersonIsKnownByInitialsOnlyInCapitals() {
        String mbs = "Mohammed bin Salman";
        assertThat(person("MBS", mbs)).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(person("Mbs", mbs)).isLessThan(THRESHOLD);
        // a given name that spells another person's initials
        assertThat(score("Şaiq", Schema.LEGAL_ENTITY, "SAIF AL-ISLAM QADHAFI", Schema.PERSON)).isLessThan(THRESHOLD);
        // an organisation's initials in any case
        assertThat(score("Xpcc", Schema.LEGAL_ENTITY, "Xinjiang Production Construction Corps", Schema.ORGANIZATION))
                .isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void aPersonsNameDoesNotMeetACompanyOnOneOfItsWords() {
        // a Korean person's name, read as such, against a company's name that holds it joined (the lists' weights)
        assertThat(ListsIndex.get().compare(Schema.LEGAL_ENTITY, "동유안", "DANDONG DONGYUAN INDUSTRIAL CO., LTD.", MatchConfig.DEFAULT)
                .score()).isLessThan(THRESHOLD);
        // the same name typed as a person's against the company, and a company's query, still meet as before
        assertThat(score("Naria", Schema.PERSON, "NARIA GENERAL TRADING LLC", Schema.COMPANY)).isLessThan(THRESHOLD);
        assertThat(score("Naria Trading", Schema.COMPANY, "NARIA GENERAL TRADING LLC", Schema.COMPANY))
                .isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"Nihad | NIHADH, Ali", "Tahir | Abu Tahir", "Kübra | KUBURA, Amir"})
    void aOnePartNameIsNotSomeoneWithMoreParts(String query, String listName) {
        assertThat(score(query, Schema.LEGAL_ENTITY, listName, Schema.PERSON)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"潘浩然 | PAN, Hao", "章鑫磊 | ZHANG, Lei", "Pan Haoran | 潘浩"})
    void aChineseNameWithASyllableMoreIsAnotherName(String query, String listName) {
        assertThat(ListsIndex.get().compare(Schema.PERSON, query, listName, MatchConfig.DEFAULT).score()).isLessThan(THRESHOLD);
        assertThat(ListsIndex.get().compare(Schema.PERSON, query, query, MatchConfig.DEFAULT).match()).isTrue();
    }

    @Test
    void aPlaceAddedToAChineseNameIsNoSyllableOfIt() {
        assertThat(ListsIndex.get().compare(Schema.PERSON, "Quanguo Chen Xinjiang", "CHEN, Quanguo", MatchConfig.DEFAULT).match()).isTrue();
    }

    @Test
    void aOnePartNameStillMeetsOnePartOrATitledName() {
        assertThat(person("Nihad", "NIHAD")).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(person("Tahir", "Mr Tahir")).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void aCommonNameInArabicScriptWeighsAsItsLatinSpellingsDo() {
        TokenWeights weights = new TokenWeights(Map.of("ahmad", 400, "ahmed", 300, "hamid", 100, "tuniyaz", 1));
        NamePreparer preparer = new NamePreparer(weights);
        double ahmad = preparer.prepare("احمد", NameKind.PRIMARY, Schema.PERSON).tokens().get(0).weight();
        double rare = preparer.prepare("تونياز", NameKind.PRIMARY, Schema.PERSON).tokens().get(0).weight();
        assertThat(ahmad).isEqualTo(weights.of("ahmad"), org.assertj.core.data.Offset.offset(0.35)).isLessThan(rare);
        assertThat(rare).isEqualTo(MatchConfig.DEFAULT.abjadWeight());
    }

    @Test
    void aWeakAliasAloneRaisesNoMatch() {
        MatchIndex index = ListsIndex.get();
        // Ayman al-Zawahiri's weak alias on the UN list
        List<MatchResult> byAlias = index.match(Query.ofName(Schema.LEGAL_ENTITY, "Abu Fatma"), MatchConfig.DEFAULT, 10, Set.of());
        assertThat(byAlias).filteredOn(MatchResult::match).extracting(r -> r.entity().id()).doesNotContain("un_sc_sanctions-QDi.006");
        List<MatchResult> byName = index.match(Query.ofName(Schema.PERSON, "Aiman Muhammed Rabi al-Zawahiri"), MatchConfig.DEFAULT, 10,
                Set.of());
        assertThat(byName).filteredOn(MatchResult::match).extracting(r -> r.entity().id()).contains("un_sc_sanctions-QDi.006");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the family's آل and the "al" of Abd al-Aziz: the particles pair last, the compound keeps its middle
            "أحمد بن عبد العزيز آل الشيخ | Ahmad bin Abd al-Aziz Al Sheikh",
            // a compound split at its article by the transliteration, against the one word a list writes
            "Абду-ль-Азиз Бутефлика | Abdulaziz Bouteflika", "Abd al Aziz Bouteflika | ABDELAZIZ BOUTEFLIKA"})
    void aCompoundSplitAtItsArticleIsStillOneName(String query, String listName) {
        assertThat(person(query, listName)).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "محمد بن صالح العثيمين | Muhammad al-Uthaymeen", "Muhammad al-Uthaymeen | Muhammad bin Salih al-Uthaymeen"})
    void aShortFormWithoutTheChainIsTheSameName(String query, String listName) {
        assertThat(person(query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void aShortFormsFirstPartIsNoFather() {
        // the father's short name against the son's chain
        assertThat(person("Faisal bin Abdulaziz Al Saud", "Abdulaziz Al Saud")).isLessThan(THRESHOLD);
        assertThat(person("فيصل بن عبد العزيز آل سعود", "Abdulaziz Al Saud")).isLessThan(THRESHOLD);
        // a link word that begins a name written "Last, First" is no father's name
        assertThat(person("Sa'ad BIN LADEN", "BIN LADEN, Sa'ad")).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the short form holds a part the long one lacks: another man, and the chain counts in full
            "محمد بن صالح العثيمين | Muhammad Hasan al-Uthaymeen",
            // one part alone is no short form, nor one given name written in two parts: the family name counts in full
            "محمد بن صالح العثيمين | Muhammad", "عبد الرحمن بن محمد الحداد | Abdul Rahman"})
    void aShortFormMustPairEveryPart(String query, String listName) {
        assertThat(person(query, listName)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the name and the father's, as the press writes the princes, against the chain and the family name
            "Muqrin bin Abdulaziz | مقرن بن عبد العزيز آل سعود",
            "Alwaleed bin Talal | الوليد بن طلال بن عبد العزيز آل سعود",
            "الوليد بن طلال | Al-Waleed bin Talal bin Abdulaziz Al Saud"})
    void aChainGivenShorterKeepingItsFirstLinksIsTheSameMan(String query, String listName) {
        assertThat(person(query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the father's chain against the son's, and another father: the short form must keep the first links
            "Talal bin Abdulaziz | الوليد بن طلال بن عبد العزيز آل سعود",
            "Mohammed bin Nayef | محمد بن سلمان بن عبد العزيز آل سعود",
            // a part of the short chain left over is another name, and the family name counts in full again
            "Alwaleed bin Talal Rashid | الوليد بن طلال بن عبد العزيز آل سعود",
            // a brother's own name is the family's, which names the dynasty, not him
            "Saud bin Abdulaziz | Nayef bin Abdulaziz bin Abdul Rahman Al Saud", "سعود بن عبدالعزيز | Nayef bin Abdulaziz Al Saud"})
    void aShorterChainThatDoesNotKeepTheFirstLinksIsAnotherMan(String query, String listName) {
        assertThat(person(query, listName)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // brothers: the same name and grandfather, common names all, another father
            "Khalid bin Sultan bin Abdulaziz Al Saud | Khalid bin Fahd bin Abdulaziz Al Saud",
            "محمد بن نايف بن عبد العزيز آل سعود | Muhammad bin Salman bin Abd al-Aziz Al Saud"})
    void anotherFatherInTwoChainsIsAnotherMan(String query, String listName) {
        // the lists' weights: the names are common ones, which no distinctive-part rule would tell apart
        assertThat(ListsIndex.get().compare(Schema.PERSON, query, listName, MatchConfig.DEFAULT).score()).isLessThan(THRESHOLD);
        assertThat(ListsIndex.get().compare(Schema.PERSON, query, query, MatchConfig.DEFAULT).match()).isTrue();
    }

    @Test
    void aNameAndAllahAreOneGivenName() {
        // Hidayatullah, written in two words: one part, which a list name with more parts does not match alone
        assertThat(PREPARER.prepare("هداية الله", NameKind.PRIMARY, Schema.PERSON).tokens()).hasSize(1);
        assertThat(person("هداية الله", "Hidayatullah")).isGreaterThanOrEqualTo(0.9);
        assertThat(person("هداية الله", "Hedayatullah Hotak")).isLessThan(THRESHOLD);
        // a second Allah after such a name is its own part, and Abd Allah is the servant-of compound as before
        assertThat(PREPARER.prepare("حمد الله الله نور", NameKind.PRIMARY, Schema.PERSON).tokens()).hasSize(3);
        assertThat(person("عبد الله", "Abdullah")).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"Abdul Rahman | ABDULRAHMAN YASIN", "Saif Ullah | SAIFULLAH TOKHI"})
    void aNameOfOnePartWrittenInTwoIsStillOnePart(String query, String listName) {
        assertThat(person(query, listName)).isLessThan(THRESHOLD);
        assertThat(person(query, listName.substring(0, listName.indexOf(' ')))).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {"טורכי אבן פייצל | Turki ibn Faisal", "אבו בכר | Abu Bakr"})
    void anArabNameInHebrewLettersReadsAsTheAcademyWritesIt(String query, String listName) {
        assertThat(person(query, listName)).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // French writing of Maghrebi and Levantine names: c for sin before e and i, ç (c) for sad
            "لحسن حداد | Lahcen Haddad", "فيصل الحسيني | Fayçal Husseini",
            // gaf's sound written with kaf in Arabic type; Pashto's own letters (dze)
            "كل احمد | Gul Ahmad", "ځلمی خلیلزاد | Zalmay Khalilzad",
            // a Latin initial for a written word, as for a Latin one
            "محمد صالح جناح | Muhammad S. Jinnah", "إلهام يوسف جناح | Ilham Y. Jinnah"})
    void otherLatinSpellingsOfArabicScriptLettersMeet(String query, String listName) {
        assertThat(person(query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // an initial no spelling of the word begins with; a vowel, which alif and ayn take any of, is no initial
            "محمد علي جناح | Muhammad M. Jinnah", "محمد عمر جناح | Muhammad U. Jinnah"})
    void anInitialMustBeginTheWrittenWord(String query, String listName) {
        assertThat(person(query, listName)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // a title on one side only is no other name of the person's that the other side's parts left over meet
            "H.R.H. Prince Alwaleed bin Talal Al Saud | الوليد بن طلال بن عبد العزيز آل سعود",
            "His Royal Highness Prince Mohammed bin Salman | Mohammed bin Salman Al Saud",
            "His Excellency Adel al-Jubeir | Adel al-Jubeir",
            "حجت‌الاسلام حسن روحانی | Hassan Rouhani"})
    void titlesOnEitherSideAreNoNameParts(String query, String listName) {
        assertThat(person(query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void aTitledShortChainIsStillTheShortForm() {
        // the title left over does not keep the short form's chain from weighing the family name as a patronymic
        assertThat(person("Prince Bandar bin Sultan", "Бандар ибн Султан Аль Сауд")).isGreaterThanOrEqualTo(THRESHOLD);
        // a name and a style ("Sultan, Prince of Saudi Arabia") is one name, no short form of a chain
        assertThat(person("Sultan, Pangéran Saudi Arabia", "سلطان بن فهد بن عبد العزيز آل سعود")).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // a title and one given name say no more than the given name: not every Salman is the king
            "King Salman | Salman bin Abdulaziz Al Saud", "الملك سلمان | Salman bin Abdulaziz Al Saud",
            "המלך סלמאן | Salman bin Abdulaziz Al Saud", "Sheikh Mohammed | Mohammed bin Rashid Al Maktoum",
            "Mohammed bin Rashid Al Maktoum | الشيخ محمد", "Prince Talal | Talal bin Abdulaziz Al Saud"})
    void aTitleAndOneNameAreOneName(String query, String listName) {
        assertThat(person(query, listName)).isLessThan(THRESHOLD);
        // as the given name alone
        assertThat(person(query, listName)).isLessThan(0.4);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the family's name ending a long chain, as lists write the bin Ladin brothers
            "Usama bin Muhammad bin Awad bin Ladin | Usama bin Ladin",
            "أسامة بن محمد بن عوض بن لادن | Usama bin Ladin",
            "Йеслам бин Ладен | Yeslam bin Muhammad bin Awad bin Ladin",
            // an ancestor left out of the middle, the father kept
            "Abdulaziz bin Abdul Rahman bin Turki | Abdulaziz bin Abdul Rahman bin Faisal bin Turki Al Saud"})
    void aChainWithMiddleLinksLeftOutPairsItsFirstAndLastParts(String query, String listName) {
        assertThat(person(query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the last link before a family name names a forebear: the son of Abdulaziz is not his grandson
            "Muhammad bin Abdulaziz Al Saud | Muhammad bin Nayef bin Abdulaziz Al Saud",
            "Turki bin Abdulaziz Al Saud | Turki bin Muhammad bin Fahd bin Abdulaziz Al Saud",
            // nor does a chain of two links end at the family's forebear
            "Muhammad bin Ladin | Muhammad bin Awad bin Ladin",
            // the order holds, and another father stays another man
            "Ladin bin Usama | Usama bin Muhammad bin Awad bin Ladin",
            "Muhammad bin Awad bin Ladin | Muhammad bin Usama bin Muhammad bin Awad bin Ladin",
            "Bakr bin Ladin | Usama bin Muhammad bin Awad bin Ladin"})
    void skippedLinksNeedTheFatherOrTheFamilysForebear(String query, String listName) {
        assertThat(person(query, listName)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // 'Abd al-Aziz in three words keeps its article against a name that writes it in one, beside the family's Al
            "Абд аль-Азиз ибн Абд ар-Рахман Аль Сауд | Abdulaziz bin Abdul Rahman Al Saud",
            "Abd al-Aziz Al Saud | Abdulaziz Al Saud", "Абд аль-Азиз Аль Сауд | Abdelaziz Al Saud",
            // the name after the article as ISO 9 spells it (Рахман rahman, where BGN/PCGN writes rakhman)
            "Абд аль-Азиз ибн Абд ар-Рахман Аль Сауд | Abdulaziz bin Abdulrahman Al Saud"})
    void anArticleOfACompoundPairsBeforeTheFamilysArticle(String query, String listName) {
        assertThat(person(query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"Abd al-Aziz Al Saud | Abdulrahman Al Saud", "Абд аль-Азиз Аль Сауд | Abdullah Al Saud"})
    void anotherCompoundIsAnotherName(String query, String listName) {
        assertThat(person(query, listName)).isLessThan(THRESHOLD);
    }

    @Test
    void aCommonGivenNameAndTheFamilysForebearAreNoShortForm() {
        // with the lists' weights: Muhammad is common, so "Muhammad bin Ladin" may be any of the family's Muhammads
        MatchIndex lists = ListsIndex.get();
        assertThat(lists.compare(Schema.PERSON, "Muhammad bin Ladin", "Muhammad bin Usama bin Awad bin Ladin", MatchConfig.DEFAULT).score())
                .isLessThan(THRESHOLD);
        assertThat(lists.compare(Schema.PERSON, "Usama bin Ladin", "Usama bin Muhammad bin Awad bin Ladin", MatchConfig.DEFAULT).score())
                .isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void arabicHonorificsAndRoyalStylesWeighAsTitles() {
        assertThat(person("معالي الدكتور محمد آل هيازع", "Mohammed Al Hayaza")).isGreaterThanOrEqualTo(0.8);
        assertThat(person("HRH Prince Muqrin bin Abdulaziz Al Saud", "مقرن بن عبد العزيز آل سعود")).isGreaterThanOrEqualTo(0.8);
    }
}
