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
            // German: tsch, eu, ei, initial st, final dt
            "deutsch, doich", "neumann, noimann", "einstein, ainstain", "strauss, shtrauss", "brandt, brant",
            // Dutch oe and ij
            "boer, bur", "dijk, deik",
            // French eau, gu before a vowel, final ques
            "favreau, favro", "guerin, gerin", "jacques, jack",
            // Portuguese nh and lh between vowels, Albanian xh
            "coutinho, coutinyo", "carvalho, carvalyo", "xhaka, jaka"})
    void aNameReadsAsItsLanguageSaysIt(String latin, String reading) {
        for (Target target : Target.values()) {
            assertThat(LatinReadings.of(latin, target)).contains(reading);
        }
    }

    @ParameterizedTest(name = "{0} is said {1} as Hebrew and the transcriptions write it, not Arabic script")
    @CsvSource({"grzegorz, gzegoz", "malgorzata, malgozata"})
    void polishRzIsNotReadAgainstArabicScript(String latin, String reading) {
        // Persian and Afghan names spell rz as written (Farzad, Noorzai)
        assertThat(LatinReadings.of(latin, Target.HEBREW)).contains(reading);
        assertThat(LatinReadings.of(latin, Target.TRANSCRIBED)).contains(reading);
        assertThat(LatinReadings.of(latin, Target.ARABIC)).doesNotContain(reading);
    }

    @ParameterizedTest(name = "{0} is said {1} as katakana, Hangul and Chinese characters write it")
    @CsvSource({
            // German and Albanian j, German w, z, sch and ch after a vowel, Polish w and cz, French ch and ill after a
            // vowel, Spanish ll
            "schmidt, shmit", "michel, mishel", "jung, yung", "januzaj, yanuzay", "wagner, vagner", "scholz, sholts", "bach, bakh", "kowalczyk, kovalchyk",
            "braille, braye", "castillo, castiyo"})
    void aNameIsTranscribedAsItsLanguageSaysIt(String latin, String reading) {
        assertThat(LatinReadings.of(latin, Target.TRANSCRIBED)).contains(reading);
        assertThat(LatinReadings.of(latin, Target.ARABIC)).doesNotContain(reading);
        assertThat(LatinReadings.of(latin, Target.HEBREW)).doesNotContain(reading);
    }

    @ParameterizedTest(name = "{0} is said {1} as Arabic script and Hebrew write it")
    @CsvSource({
            // French au and g before e and i, which the transcription tables spell as written (奥 ao, 吉 ji)
            "georges, zheorzhes", "renault, renolt"})
    void aNameIsWrittenInAnAbjadAsItsLanguageSaysIt(String latin, String reading) {
        assertThat(LatinReadings.of(latin, Target.ARABIC)).contains(reading);
        assertThat(LatinReadings.of(latin, Target.HEBREW)).contains(reading);
        assertThat(LatinReadings.of(latin, Target.TRANSCRIBED)).doesNotContain(reading);
    }

    @ParameterizedTest(name = "{0} is said {1} as Russian writes it")
    @CsvSource({
            // French soft g and the final consonants it does not say, English ge: Жорж, Шарль, Жерар, Джордж
            "georges, zhorzh", "charles, charl", "gerard, zherar", "george, jorj", "giselle, zhisel"})
    void aNameIsWrittenInCyrillicAsItsLanguageSaysIt(String latin, String reading) {
        assertThat(LatinReadings.of(latin, Target.CYRILLIC)).contains(reading);
        // none of those rows is read against the abjads, where a final consonant left out would meet another name
        assertThat(LatinReadings.of(latin, Target.ARABIC)).doesNotContain(reading);
    }

    @ParameterizedTest(name = "{0} has no reading")
    @CsvSource({"mohammadi", "hassan", "omar", "faisal", "karim"})
    void aNameWithNoneOfTheLettersHasNoReading(String latin) {
        for (Target target : Target.values()) {
            assertThat(LatinReadings.of(latin, target)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} is not said {1}")
    @CsvSource({
            // letters left out of the table: Spanish j, Albanian q, French j, Italian c before i and ch, German v
            "jalil, khalil", "juan, huan", "qasim, chasim", "najam, nazham", "cicek, chichek", "chen, ken",
            "volker, folker",
            // a syllabic le follows a consonant other than l (Giselle ends as spelt)
            "giselle, giselel",
            // a rule reads at its place only: st inside a word, nh not between vowels (Vietnamese Vinh)
            "einstein, ainshtain", "vinh, viny"})
    void aReadingKeepsToItsRules(String latin, String reading) {
        for (Target target : Target.values()) {
            assertThat(LatinReadings.of(latin, target)).doesNotContain(reading);
        }
    }
}
