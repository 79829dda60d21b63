package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.clearance.names.NameText;
import org.clearance.names.NumberParts;
import org.junit.jupiter.api.Test;

/**
 * Numbers and acronyms in names are parts that must agree: the names here are the lists' own (OFAC SDN, UN), against
 * the other ways people write them and against the lists' other entries that differ only in the number.
 */
class NumbersInNamesTest {
    private static final NamePreparer PREPARER = new NamePreparer(new TokenWeights(Map.of()));
    private static final NameScorer SCORER = new NameScorer(MatchConfig.DEFAULT);
    private static final double THRESHOLD = MatchConfig.DEFAULT.threshold();
    /** A pair that differs only in a number must fall this far below the threshold, not just under it. */
    private static final double CLEARLY = 0.1;

    private static double score(String query, String list, Schema schema) {
        return SCORER.score(PREPARER.prepare(query, NameKind.PRIMARY, schema), PREPARER.prepare(list, NameKind.PRIMARY, schema), true);
    }

    private static List<String> numbers(String name, NumberParts.Kind kind) {
        return NumberParts.get().read(NameText.tokens(name), kind).stream().map(NumberParts.Part::number)
                .filter(n -> n != null).toList();
    }

    @Test
    void numeralsMeetTheirWordsInTheListsLanguages() {
        assertThat(score("Advanced Persistent Threat Thirty-Nine", "ADVANCED PERSISTENT THREAT 39", Schema.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("One Vision Investments Five (Pty) Ltd", "ONE VISION INVESTMENTS 5 (PTY) LTD.", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("Office Thirty Nine", "OFFICE 39", Schema.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("Bureau trente-neuf", "BUREAU 39", Schema.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("Compania Ganadera Cinco Manantiales S. de P.R. de R.L.",
                "COMPANIA GANADERA 5 MANANTIALES S. DE P.R. DE R.L.", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("Almacen Futuro Numero Uno", "ALMACEN FUTURO NO. 1", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("Sparta vier", "SPARTA IV", Schema.VESSEL)).isEqualTo(1.0);
        assertThat(score("Завод сорок четыре", "Завод 44", Schema.COMPANY)).isEqualTo(1.0);
    }

    @Test
    void ordinalsMeetInEveryWriting() {
        assertThat(score("Seventh of Tir", "7TH OF TIR", Schema.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("7th of Tir", "SEVENTH OF TIR", Schema.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("First Bank", "1st Bank", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("Première Compagnie", "1re Compagnie", Schema.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("Segunda Brigada", "Second Brigada", Schema.ORGANIZATION)).isEqualTo(1.0);
        // a premier oil company is a leading one, not the first
        assertThat(score("Premier Oil", "First Oil", Schema.COMPANY)).isLessThan(THRESHOLD);
        assertThat(numbers("21st Century Holdings", NumberParts.Kind.ORGANISATION)).containsExactly("21");
    }

    @Test
    void romanNumeralsAfterANameAreNumbers() {
        assertThat(score("Rim Group Investments 3 Corp.", "RIM GROUP INVESTMENTS III CORP.", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("Sea Star 3", "SEA STAR III", Schema.VESSEL)).isEqualTo(1.0);
        assertThat(score("Hilarion Santos 3rd", "Hilarion Santos, III", Schema.PERSON)).isEqualTo(1.0);
        // a junior is the second of the name
        assertThat(score("Jainal Antel Sali II", "SALI JR., Jainal Antel", Schema.PERSON)).isEqualTo(1.0);
    }

    @Test
    void namesThatDifferOnlyInTheirNumberAreDifferentParties() {
        // each pair: two entries of the lists, or an entry and the same name with another number
        assertThat(score("ALMACEN FUTURO NO. 1", "ALMACEN FUTURO NO. 2", Schema.COMPANY)).isLessThan(THRESHOLD - CLEARLY);
        assertThat(score("RIM GROUP INVESTMENTS II CORP.", "RIM GROUP INVESTMENTS III CORP.", Schema.COMPANY))
                .isLessThan(THRESHOLD - CLEARLY);
        assertThat(score("SOUTH HILL 2", "SOUTH HILL 5", Schema.VESSEL)).isLessThan(THRESHOLD - CLEARLY);
        assertThat(score("RA NAM 2", "RA NAM 3", Schema.VESSEL)).isLessThan(THRESHOLD - CLEARLY);
        assertThat(score("BICENTENARIO XII", "BICENTENARIO XIII", Schema.VESSEL)).isLessThan(THRESHOLD - CLEARLY);
        assertThat(score("BICENTENARIO XI", "BICENTENARIO XII", Schema.VESSEL)).isLessThan(THRESHOLD - CLEARLY);
        assertThat(score("SALI SR., Jainal Antel", "SALI JR., Jainal Antel", Schema.PERSON)).isLessThan(THRESHOLD - CLEARLY);
        // however many other parts agree, and however the numbers are written
        assertThat(score("Joint Stock Company Moscow Regional Scientific Production Fund No. 2",
                "JOINT STOCK COMPANY MOSCOW REGIONAL SCIENTIFIC PRODUCTION FUND NO. 3", Schema.COMPANY)).isLessThan(THRESHOLD - CLEARLY);
        assertThat(score("Investment Fund Forty-Four", "INVESTMENT FUND 45", Schema.COMPANY)).isLessThan(THRESHOLD - CLEARLY);
        // a number is no initial of another, nor a typo of it
        assertThat(score("Fund 2", "Fund 25", Schema.COMPANY)).isLessThan(THRESHOLD - CLEARLY);
    }

    @Test
    void aNumberOnOneSideOnlyIsNoDisagreement() {
        assertThat(score("Rim Group Investments Corp.", "RIM GROUP INVESTMENTS III CORP.", Schema.COMPANY)).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score("Jainal Antel Sali", "SALI JR., Jainal Antel", Schema.PERSON)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void romanLookAlikesThatAreNamesStayNames() {
        for (String name : List.of("Xi Jinping", "Wang Xi", "Nguyen Thi Vi", "Malcolm X", "Elizabeth I", "Angel Di Maria",
                "Li Mix", "Ivan Civil", "Jaish-i-Mohammed", "Ii Naosuke")) {
            assertThat(numbers(name, NumberParts.Kind.PERSON)).as(name).isEmpty();
            assertThat(numbers(name, NumberParts.Kind.EITHER)).as(name).isEmpty();
        }
        // a numeral's letters in first place are a name's, wherever the name comes from
        assertThat(numbers("Vi Chapaev", NumberParts.Kind.ORGANISATION)).isEmpty();
        assertThat(score("Wang Xi", "Xi Wang", Schema.PERSON)).isEqualTo(1.0);
        // number words are given names and surnames in a person's name (Otto, Dos Santos), never read there
        assertThat(numbers("Otto Dos Santos Una", NumberParts.Kind.PERSON)).isEmpty();
        // the one of Elizabeth I is an initial, which no number meets
        assertThat(score("Elizabeth I", "Elizabeth II", Schema.PERSON)).isLessThan(THRESHOLD);
    }

    @Test
    void dottedAndSpacedAcronymsAreOnePart() {
        assertThat(score("IPC International Limited", "I.P.C. INTERNATIONAL LIMITED", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("VR Fruit Company", "V.R. FRUIT COMPANY", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("U I International", "U.I. INTERNATIONAL", Schema.ORGANIZATION)).isEqualTo(1.0);
        assertThat(score("BRC S.A.", "B R C S.A.", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("A. B. C. Trading LLC", "ABC TRADING L.L.C.", Schema.LEGAL_ENTITY)).isEqualTo(1.0);
        // a legal form spelt in letters stays the legal form
        assertThat(PREPARER.prepare("B R C S.A.", NameKind.PRIMARY, Schema.COMPANY).tokens()).extracting(Token::text)
                .containsExactly("brc", "~sa");
    }

    @Test
    void personsKeepTheirInitials() {
        for (Schema schema : List.of(Schema.PERSON, Schema.LEGAL_ENTITY)) {
            assertThat(PREPARER.prepare("J. R. R. Tolkien", NameKind.PRIMARY, schema).tokens()).extracting(Token::text)
                    .containsExactly("j", "r", "r", "tolkien");
            assertThat(PREPARER.prepare("Leila N.S. AL-DAJANI", NameKind.PRIMARY, schema).tokens()).extracting(Token::text)
                    .containsExactly("leila", "n", "s", "al", "dajani");
        }
        assertThat(score("J. R. R. Tolkien", "John Ronald Reuel Tolkien", Schema.PERSON)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @Test
    void hostileInputStaysBoundedAndSane() {
        String digits = "9".repeat(300);
        assertThat(numbers(digits, NumberParts.Kind.EITHER)).isEmpty();
        assertThat(numbers("1e999", NumberParts.Kind.EITHER)).isEmpty();
        assertThat(numbers("0007", NumberParts.Kind.EITHER)).containsExactly("7");
        for (String name : List.of(digits, "1e999", "Fund " + digits, "Forty ".repeat(200), "Фонд 44 基金 ٤٤ Fund XLIV",
                "IIIIIIIIIIIIIIIIIIIII", "No No No No 2", "n".repeat(400) + "9")) {
            for (Schema schema : Schema.values()) {
                double s = score(name, "Fund 44", schema);
                assertThat(s).as("%s (%s)", name, schema).isBetween(0.0, 1.0);
                assertThat(score(name, name, schema)).as("%s (%s) against itself", name, schema).isBetween(0.0, 1.0);
            }
        }
    }
}
