package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real European names read as their languages say them, each language's rows together. */
class LatinReadingsTest {
    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource({
            // English: initial kn, igh, ea, a syllabic final le
            "knox, nox", "brighton, braiton", "keating, kiting", "noble, nobel",
            // German: sch and tsch, eu, ei, w, z, j, initial st, final dt, ch after a vowel
            "deutsch, doich", "neumann, noimann", "einstein, ainstain", "wagner, vagner", "scholz, sholts", "jung, yung",
            "strauss, shtrauss", "schmidt, shmit", "albrecht, albrekht",
            // Dutch oe and ij
            "boer, bur", "dijk, deik",
            // French eau, ch, j, gu, ill after a vowel, a final es after a consonant and ques
            "favreau, favro", "michel, mishel", "jacques, zhack", "guerin, gerin", "braille, braye", "charles, sharl",
            // Italian c and g before e and i, ci and gi before a vowel, ch
            "puccini, puchini", "luciano, luchano", "giovanni, jovanni", "chiesa, kiesa",
            // Portuguese nh and lh, Polish rz, sz, cz, Albanian j
            "coutinho, coutinyo", "carvalho, carvalyo", "grzegorz, gzhegozh", "kowalczyk, kovalchyk", "januzaj, yanuzay"})
    void aNameReadsAsItsLanguageSaysIt(String latin, String reading) {
        assertThat(LatinReadings.of(latin)).contains(reading);
    }

    @ParameterizedTest(name = "{0} has no reading")
    @CsvSource({"muhammad", "hassan", "omar", "faisal", "karim"})
    void aNameWithNoneOfTheLettersHasNoReading(String latin) {
        assertThat(LatinReadings.of(latin)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is not said {1}")
    @CsvSource({
            // Spanish j and ll are not read (kh, y): Arabic names are spelt with them too
            "jalil, khalil", "abdullah, abduyah",
            // a syllabic le follows a consonant other than l (Giselle ends as spelt)
            "giselle, giselel",
            // a rule reads at its place only: st inside a word, c before a back vowel
            "einstein, ainshtain", "carlo, charlo"})
    void aReadingKeepsToItsRules(String latin, String reading) {
        assertThat(LatinReadings.of(latin)).doesNotContain(reading);
    }
}
