package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.clearance.io.TsvResource;
import org.junit.jupiter.api.Test;

class DesignationsTest {
    /** The words of a name after its designation begins, as names are compared. */
    private static List<String> designation(String name) {
        List<String> words = NameText.tokens(name);
        int script = NameText.script(name);
        return words.subList(Designations.start(words, script == com.ibm.icu.lang.UScript.CYRILLIC
                || script == com.ibm.icu.lang.UScript.GREEK), words.size());
    }

    @Test
    void aCountryAfterOfInAnyLanguageIsAStyle() {
        // names of Saudi kings and princes as Wikidata's labels write them in Spanish, Portuguese, Italian, Dutch,
        // Swedish, Indonesian, Catalan and English
        assertThat(designation("Fahd de Arabia Saudita")).containsExactly("de", "arabia", "saudita");
        assertThat(designation("Khalid da Arábia Saudita")).containsExactly("da", "arabia", "saudita");
        assertThat(designation("Saud dell'Arabia Saudita")).containsExactly("dellarabia", "saudita");
        assertThat(designation("Nayef, Príncipe Herdeiro da Arábia Saudita")).containsExactly("da", "arabia", "saudita");
        assertThat(designation("Koning Fahd van Saudi-Arabie")).containsExactly("van", "saudi", "arabie");
        assertThat(designation("Saud av Saudiarabien")).containsExactly("av", "saudiarabien");
        assertThat(designation("Khaled dari Arab Saudi")).containsExactly("dari", "arab", "saudi");
        assertThat(designation("Abdullah de l'Aràbia Saudita")).containsExactly("de", "larabia", "saudita");
        assertThat(designation("King Abdulaziz of Saudi Arabia")).containsExactly("of", "saudi", "arabia");
    }

    @Test
    void greekAndRussianDeclineTheCountryAfterTheArticleOrTitle() {
        assertThat(designation("Αμπντάλα της Σαουδικής Αραβίας")).containsExactly("tis", "saoudikis", "aravias");
        assertThat(designation("Мухаммед, наследный принц Саудовской Аравии")).containsExactly("saudovskoy", "aravii");
    }

    @Test
    void hebrewNamesTheCountryAfterATitleWithoutOf() {
        List<String> words = new ArrayList<>();
        for (String w : "פאהד מלך ערב הסעודית".split(" ")) {
            words.add(org.clearance.names.abjad.AbjadLetters.of(w));
        }
        assertThat(Designations.start(words, false)).isEqualTo(2);
    }

    @Test
    void namesThatOnlyLookLikeStylesAreLeftAlone() {
        assertThat(designation("Maria de la Paz")).isEmpty();
        assertThat(designation("Juan de Dios")).isEmpty();
        assertThat(designation("Joao da Costa")).isEmpty();
        assertThat(designation("Mohammed Jordan")).isEmpty(); // a country's name as a family name
        assertThat(designation("Carlos de França")).isEmpty(); // a single-word country after a family-name particle
        assertThat(designation("Ana de Guadalupe")).isEmpty();
        assertThat(designation("Crown Prince of Saudi Arabia")).isEmpty(); // all style, no name: kept as written
        assertThat(designation("Saudi Arabia")).isEmpty();
        assertThat(designation("Sỹ Đan Đỗ")).isEmpty(); // no d'Ấn Độ (India in Vietnamese)
    }

    @Test
    void theCountryNamesFileIsWhatIcuNamesNow() throws IOException {
        TreeSet<String> shipped = new TreeSet<>();
        for (String[] row : TsvResource.rows(Designations.class, Designations.COUNTRY_NAMES)) {
            shipped.add(row[0]);
        }
        TreeSet<String> now = new TreeSet<>(Designations.cldrCountryNames());
        if (!shipped.equals(now)) {
            // after an ICU upgrade or a change of transliteration: copy this over the resource
            List<String> lines = new ArrayList<>(HEADER);
            lines.addAll(now);
            Files.write(Path.of("target", Designations.COUNTRY_NAMES), lines, StandardCharsets.UTF_8);
        }
        assertThat(shipped).as("target/" + Designations.COUNTRY_NAMES + " has them").isEqualTo(now);
    }

    static final List<String> HEADER = List.of(
            "# Every country's name in every language of ICU's locale data (CLDR, Unicode licence) written in Latin,",
            "# Cyrillic, Greek, Arabic, Hebrew, Devanagari, Armenian or Georgian script, as names are compared: comparable",
            "# parts, or for Arabic script and Hebrew the words' letters (AbjadLetters); and country-aliases.tsv's names.",
            "# Made by Designations.cldrCountryNames; DesignationsTest writes it anew to target/ when it is out of date.",
            "name");
}
