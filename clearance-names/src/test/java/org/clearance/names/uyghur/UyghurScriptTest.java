package org.clearance.names.uyghur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.stream.Stream;
import org.clearance.io.TsvResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class UyghurScriptTest {
    @ParameterizedTest
    @CsvSource({
        // Officials on the OFAC SDN list (GLOMAG) and well-known Uyghurs, as written in Uyghur.
        "ئەركىن تۇنىياز, erkin tuniyaz",
        "شۆھرەت زاكىر, shöhret zakir",
        "ئىلھام توختى, ilham toxti",
        "رابىيە قادىر, rabiye qadir",
        "دولقۇن ئەيسا, dolqun eysa",
        "يۈسۈپ, yüsüp",
        "كېرىم, kérim",
        "ژۇرنال, zhurnal",
        "ۋەلى, weli",
        "چىمەنگۈل, chimen'gül",
        "ئىسھاق, is'haq",
        "ڭ, ng",
        "غوپۇر, ghopur",
        "خالىق, xaliq"
    })
    void readsUyghurLetters(String arabic, String uly) {
        assertThat(UyghurScript.toLatin(arabic)).isEqualTo(uly);
    }

    @Test
    void hamzaCarrierIsSilentOrASyllableBreak() {
        assertThat(UyghurScript.toLatin("ئۆمەر")).isEqualTo("ömer");
        assertThat(UyghurScript.toLatin("ئابدۇئەزىز")).isEqualTo("abdueziz");
        assertThat(UyghurScript.toLatin("ئابدۇلئەزىز")).isEqualTo("abdul'eziz");
    }

    @Test
    void presentationFormsAndHarakatAreFolded() {
        // ﺋﻪ is the isolated/initial glyph form copied out of PDFs; fatha is a stray Arabic mark.
        assertThat(UyghurScript.toLatin("\uFE8B\u06D5\u0631\u0643\u0649\u0646")).isEqualTo("erkin");
        assertThat(UyghurScript.toLatin("مَەمەت")).isEqualTo("memet");
        assertThat(UyghurScript.toLatin("مەمەت، ئەركىن")).isEqualTo("memet, erkin");
    }

    static Stream<Arguments> elements() {
        return TsvResource.rows(ElementTable.class, "name-elements.tsv").stream().map(row -> Arguments.of(row[0], row[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elements")
    void everyTableRowReadsBackToItsUly(String uly, String arabic) {
        assertThat(UyghurScript.toLatin(arabic)).isEqualTo(uly);
    }

    /** The same names in the Uyghur Cyrillic of Kazakhstan's Uyghur press read as their Arabic-script spellings do. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "Әркин Тунияз, ئەركىن تۇنىياز", "Шөһрәт Закир, شۆھرەت زاكىر", "Илһам Тохти, ئىلھام توختى",
        "Рабийә Қадир, رابىيە قادىر", "Долқун Әйса, دولقۇن ئەيسا", "Йүсүп, يۈسۈپ", "Керим, كېرىم", "Журнал, ژۇرنال",
        "Вәли, ۋەلى", "Ғопур, غوپۇر", "Халиқ, خالىق"})
    void uyghurCyrillicReadsAsItsArabicScriptSpelling(String cyrillic, String arabic) {
        assertThat(UyghurScript.fromCyrillic(cyrillic)).isEqualTo(UyghurScript.toLatin(arabic));
    }

    @Test
    void cyrillicMayBeUyghurOnlyWithSchwaAndNoKazakhLetter() {
        assertThat(UyghurScript.mayBeUyghurCyrillic("Әркин Тунияз")).isTrue();
        assertThat(UyghurScript.mayBeUyghurCyrillic("Пәрһат")).isTrue();
        assertThat(UyghurScript.mayBeUyghurCyrillic("Нұрсұлтан Әбішұлы")).isFalse(); // Kazakh ұ and і
        assertThat(UyghurScript.mayBeUyghurCyrillic("Владимир Путин")).isFalse();
        assertThat(UyghurScript.mayBeUyghurCyrillic("")).isFalse();
        assertThat(UyghurScript.mayBeUyghurCyrillic(null)).isFalse();
        assertThat(UyghurScript.fromCyrillic(null)).isEmpty();
        assertThat(UyghurScript.fromCyrillic("")).isEmpty();
        assertThat(UyghurScript.fromCyrillic("Әркин 1984, Erkin")).isEqualTo("erkin 1984, erkin");
        assertDoesNotThrow(() -> UyghurScript.fromCyrillic("\u0000ә".repeat(10_000)));
    }

    @Test
    void badInputNeverThrows() {
        assertThat(UyghurScript.toLatin(null)).isEmpty();
        assertThat(UyghurScript.toLatin("")).isEmpty();
        assertThat(UyghurScript.toLatin("Erkin")).isEqualTo("Erkin");
        assertDoesNotThrow(() -> UyghurScript.toLatin("\u0000\u0007ئ".repeat(10_000)));
        assertThat(UyghurScript.toLatin("艾尔肯 ئەركىن")).isEqualTo("艾尔肯 erkin");
    }
}
