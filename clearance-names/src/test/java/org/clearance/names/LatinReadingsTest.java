package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearance.names.LatinReadings.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real European names read as their languages say them, each language's rows together. */
class LatinReadingsTest {
    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource({
            // English: initial kn, igh, ea, a syllabic final le
            "knox, nox", "brighton, braiton", "keating, kiting", "noble, nobel",
            // German: sch and tsch, eu, ei, initial st, final dt
            "deutsch, doich", "neumann, noimann", "einstein, ainstain", "strauss, shtrauss", "schmidt, shmit",
            // Dutch oe and ij
            "boer, bur", "dijk, deik",
            // French eau, ch, gu before a vowel, final ques
            "favreau, favro", "michel, mishel", "guerin, gerin", "jacques, jack",
            // Portuguese nh and lh between vowels, Polish rz, Albanian xh
            "coutinho, coutinyo", "carvalho, carvalyo", "grzegorz, gzhegozh", "xhaka, jaka"})
    void aNameReadsAsItsLanguageSaysIt(String latin, String reading) {
        assertThat(LatinReadings.of(latin, Target.ABJAD)).contains(reading);
        assertThat(LatinReadings.of(latin, Target.TRANSCRIBED)).contains(reading);
    }

    @ParameterizedTest(name = "{0} is said {1} as katakana, Hangul and Chinese characters write it")
    @CsvSource({
            // German and Albanian j, German w, z and ch after a vowel, Polish w and cz, French ill after a vowel
            "jung, yung", "januzaj, yanuzay", "wagner, vagner", "scholz, sholts", "bach, bakh", "kowalczyk, kovalchyk",
            "braille, braye"})
    void aNameIsTranscribedAsItsLanguageSaysIt(String latin, String reading) {
        assertThat(LatinReadings.of(latin, Target.TRANSCRIBED)).contains(reading);
        assertThat(LatinReadings.of(latin, Target.ABJAD)).doesNotContain(reading);
    }

    @ParameterizedTest(name = "{0} is said {1} as Arabic script and Hebrew write it")
    @CsvSource({
            // French au and g before e and i, which the transcription tables spell as written (奥 ao, 吉 ji)
            "georges, zheorzhes", "renault, renolt"})
    void aNameIsWrittenInAnAbjadAsItsLanguageSaysIt(String latin, String reading) {
        assertThat(LatinReadings.of(latin, Target.ABJAD)).contains(reading);
        assertThat(LatinReadings.of(latin, Target.TRANSCRIBED)).doesNotContain(reading);
    }

    @ParameterizedTest(name = "{0} has no reading")
    @CsvSource({"muhammad", "hassan", "omar", "faisal", "karim"})
    void aNameWithNoneOfTheLettersHasNoReading(String latin) {
        assertThat(LatinReadings.of(latin, Target.ABJAD)).isEmpty();
        assertThat(LatinReadings.of(latin, Target.TRANSCRIBED)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is not said {1}")
    @CsvSource({
            // letters left out of the table: Spanish j and ll, Albanian q, French j, Italian c before i and ch, German v
            "jalil, khalil", "abdullah, abduyah", "qasim, chasim", "najam, nazham", "cicek, chichek", "chen, ken",
            "volker, folker",
            // a syllabic le follows a consonant other than l (Giselle ends as spelt)
            "giselle, giselel",
            // a rule reads at its place only: st inside a word, nh not between vowels (Vietnamese Vinh)
            "einstein, ainshtain", "vinh, viny"})
    void aReadingKeepsToItsRules(String latin, String reading) {
        assertThat(LatinReadings.of(latin, Target.ABJAD)).doesNotContain(reading);
        assertThat(LatinReadings.of(latin, Target.TRANSCRIBED)).doesNotContain(reading);
    }
}
