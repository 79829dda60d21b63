package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearance.model.Schema;
import org.clearance.testing.ListsIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How Latin names vary between a user's query and a list entry, scored with the part weights of the real lists: a
 * near spelling that is another name of its own, typos, misspelt and abbreviated company words, titles. The list
 * side is an OFAC SDN entry as the list writes it.
 */
class LatinVariationTest {
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();

    private static double score(Schema schema, String query, String listName) {
        return ListsIndex.get().compare(schema, query, listName, MatchConfig.DEFAULT).score();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the lists know both forms as names: another ending makes another name
            "Maria Cerkez | CERKEZ, Mario",
            "Martinez Melgoza Torres | MELGOZA TORRES, Martin",
            "Ehsan Mohammad | MOHAMMADI, Ehsan",
            "Javier Abaunza Martin | ABAUNZA MARTINEZ, Javier"})
    void aNearSpellingThatIsAnotherKnownNameIsNoTypo(String query, String listName) {
        assertThat(score(Schema.PERSON, query, listName)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Mario Cerkez | CERKEZ, Mario",
            // an h written for a final ta marbuta or for none is a spelling, not another name
            "Abdullah Shareef | SHAREEF, Abdulla",
            // a vowel inside the name, a doubled letter, a letter left out: typos and transliterations
            "Ahmed Abdulla Mohammad Abdulla Behzad | BEHZAD, Ahmad Abdulla Mohammad Abdulla",
            "Martin Melgosa Torres | MELGOZA TORRES, Martin",
            "Mahmoud Mohamadi Dayeni | DAYENI, Mahmoud Mohammadi",
            // an initial is no name another ending was added to
            "Ilham Y. Al-Qaradawi | إلهام يوسف القرضاوي",
            "J. Abaunza Martinez | ABAUNZA MARTINEZ, Javier"})
    void typosAndSpellingsOfOneNameStillMeet(String query, String listName) {
        assertThat(score(Schema.PERSON, query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // the abbreviation of a generic word and the word
            "ANGLO-CARIBBEAN COMPANY, LTD. | ANGLO-CARIBBEAN CO., LTD.",
            // a legal form misspelt by one letter
            "AEROCARIBBEAN AIRLINES LIMTED | AEROCARIBBEAN AIRLINES LIMITED",
            "CECOEX, SOCEIDAD ANONIMA | CECOEX, S.A.",
            // a company's words in another language's form are no other names (Groupe, Group)
            "Armed Islamic Groupe | ARMED ISLAMIC GROUP"})
    void companyWordsWrittenShortOrMisspeltStillMeet(String query, String listName) {
        assertThat(score(Schema.ORGANIZATION, query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Bob Kochiev | KOCHIEV, Robert Ivanovich",
            "Joe Kony | KONY, Joseph",
            "Bill Yakutumba | YAKUTUMBA, William Amuri",
            "Alec Babakov | BABAKOV, Alexander Mikhailovich"})
    void aShortFormOfAGivenNameMeetsTheName(String query, String listName) {
        assertThat(score(Schema.PERSON, query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} < {1} ~ {2}")
    @CsvSource(delimiter = '|', value = {"Bob Kochiev | Robert Kochiev | KOCHIEV, Robert", "Joe Kony | Joseph Kony | KONY, Joseph"})
    void aShortFormIsAWeakerPairThanTheName(String shortForm, String full, String listName) {
        assertThat(score(Schema.PERSON, shortForm, listName)).isLessThan(score(Schema.PERSON, full, listName)).isLessThan(1.0);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // a short form alone is a fragment of a name with more parts
            "Bob | KOCHIEV, Robert Ivanovich",
            // another family name
            "Bob Bovda | KOCHIEV, Robert Ivanovich",
            "Joe Gilboa | KONY, Joseph",
            // Ben is also 'son of', never a short form of Benjamin
            "Ben Laden | Benjamin Laden"})
    void aShortFormAloneOrWithAnotherNameIsNoMatch(String query, String listName) {
        assertThat(score(Schema.PERSON, query, listName)).isLessThan(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // a letter doubled or single, however short the part
            "Wallid Isa Ahmad | AHMAD, Wallid Issa",
            "Walid Issa Ahmad | AHMAD, Wallid Issa",
            // one letter of a short part that the lists know as no other name
            "Joseph Konu | KONY, Joseph",
            // a consonant spelling the same sound in a short given name (both spellings names the lists know)
            "Erik Badege | BADEGE, Eric",
            // a family name's particles written joined
            "Jan Vanderberg | Jan van der Berg",
            "Jan vanderBerg | Jan van der Berg"})
    void shortPartsTypedWithALetterDoubledChangedOrJoinedStillMeet(String query, String listName) {
        assertThat(score(Schema.PERSON, query, listName)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            // one letter apart, both names the lists know: another name
            "Amir Hudbah | HUDBAH, Amin",
            "Saad Arif | ARIF, Said",
            // a consonant changed in a short part makes another name, known to the lists or not
            "Joao Santoso | SANTOSO, Wiji Joko",
            "Adrian Antonio Perdomo Maya | Adrián Antonio PERDOMO MATA"})
    void aShortNameOneLetterFromAnotherKnownNameIsThatName(String query, String listName) {
        assertThat(score(Schema.PERSON, query, listName)).isLessThan(THRESHOLD);
    }
}
