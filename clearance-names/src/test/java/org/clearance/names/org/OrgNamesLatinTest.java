package org.clearance.names.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Latin-token analysis on names from the UFLPA Entity List, the OFAC SDN list and the CSL. */
class OrgNamesLatinTest {
    private final OrgNames names = OrgNames.get();

    static List<String> tokens(String normalised) {
        return Arrays.asList(normalised.split(" "));
    }

    private String tags(String normalised) {
        return names.analyse(tokens(normalised)).stream()
                .map(t -> t.text() + "/" + t.kind() + (t.legalFormClass() == null ? "" : ":" + t.legalFormClass()))
                .collect(Collectors.joining(" "));
    }

    private String core(String normalised) {
        return names.analyse(tokens(normalised)).stream().filter(t -> t.weight() >= 0.5)
                .map(OrgToken::text).collect(Collectors.joining(" "));
    }

    @Test
    void uflpaNameSplitsIntoPlaceCoreGenericAndForm() {
        assertThat(tags("zhuhai pantum electronics co ltd"))
                .isEqualTo("zhuhai/PLACE pantum/OTHER electronics/GENERIC co ltd/LEGAL_FORM:LTD");
    }

    @Test
    void spansCoverEveryTokenInOrder() {
        List<OrgToken> t = names.analyse(tokens("xinjiang zhongtai group co ltd"));
        assertThat(t).extracting(OrgToken::start).containsExactly(0, 1, 2, 3);
        assertThat(t).extracting(OrgToken::end).containsExactly(1, 2, 3, 5);
    }

    @Test
    void equivalentFormsShareOneClass() {
        assertThat(names.analyse(tokens("company limited")).get(0).legalFormClass()).isEqualTo("LTD");
        assertThat(names.analyse(tokens("youxian gongsi")).get(0).legalFormClass()).isEqualTo("LTD");
        assertThat(names.analyse(tokens("gufen youxian gongsi")).get(0).legalFormClass()).isEqualTo("LTD");
        assertThat(names.analyse(List.of("有限公司")).get(0).legalFormClass()).isEqualTo("LTD");
    }

    @Test
    void russianFormsInLatinAndCyrillicAreLlcOrJsc() {
        assertThat(tags("obshchestvo s ogranichennoy otvetstvennostyu metalloobrabotka"))
                .isEqualTo("obshchestvo s ogranichennoy otvetstvennostyu/LEGAL_FORM:LLC metalloobrabotka/OTHER");
        assertThat(tags("gazprom burenie ooo")).endsWith("ooo/LEGAL_FORM:LLC");
        assertThat(tags("ооо газпром")).startsWith("ооо/LEGAL_FORM:LLC");
        assertThat(tags("ao inforus")).isEqualTo("ao/LEGAL_FORM:JSC inforus/OTHER");
        assertThat(tags("pao sovcombank")).startsWith("pao/LEGAL_FORM:JSC");
        assertThat(tags("joint stock company plasma")).startsWith("joint stock company/LEGAL_FORM:JSC");
        assertThat(tags("wings private jsc")).endsWith("private jsc/LEGAL_FORM:JSC");
    }

    @Test
    void spanishFormsWithAndWithoutDots() {
        assertThat(tags("administradora de inmuebles vida s a de c v")).endsWith("s a de c v/LEGAL_FORM:SA");
        assertThat(tags("comercializadora brimar s sa de cv")).endsWith("sa de cv/LEGAL_FORM:SA");
        assertThat(tags("carduenas duarte y cia ltda")).endsWith("cia ltda/LEGAL_FORM:SRL");
    }

    @Test
    void germanForms() {
        assertThat(tags("mines and metals engineering gmbh")).endsWith("gmbh/LEGAL_FORM:GMBH");
        assertThat(tags("al aqsa e v")).endsWith("e v/LEGAL_FORM:EV");
        assertThat(tags("siemens aktiengesellschaft")).endsWith("aktiengesellschaft/LEGAL_FORM:AG");
    }

    @Test
    void abbreviatedWordsInsideFormsStillMatch() {
        assertThat(tags("ltd liability company rechnikov invest"))
                .startsWith("ltd liability company/LEGAL_FORM:LLC");
        assertThat(tags("l d s computer systems trading l l c")).endsWith("l l c/LEGAL_FORM:LLC");
        assertThat(tags("l d s computer systems trading llc")).endsWith("llc/LEGAL_FORM:LLC");
    }

    @Test
    void shortFormInsideNameIsAWord() {
        assertThat(tags("banco sa nostra sa")).isEqualTo("banco/OTHER sa/OTHER nostra/OTHER sa/LEGAL_FORM:SA");
    }

    @Test
    void namesDifferingOnlyInFormsGenericAndPlacesShareTheirCore() {
        assertThat(core("mellat insurance co")).isEqualTo(core("mellat insurance company"));
        assertThat(core("mobitronix limited liability company")).isEqualTo(core("mobitronix llc"));
        assertThat(core("xinjiang zhongtai group co ltd")).isEqualTo(core("zhongtai"));
        assertThat(core("khouzestan steel company")).isNotEqualTo(core("khouzestan petrochemical company"));
    }

    @Test
    void placesFromEverySource() {
        assertThat(names.analyse(tokens("hong kong")).get(0).kind()).isEqualTo(OrgTokenKind.PLACE);
        assertThat(names.analyse(tokens("urumqi")).get(0).kind()).isEqualTo(OrgTokenKind.PLACE);
        assertThat(names.analyse(tokens("hetian")).get(0).kind()).isEqualTo(OrgTokenKind.PLACE);
        assertThat(names.analyse(tokens("hotan")).get(0).kind()).isEqualTo(OrgTokenKind.PLACE);
        assertThat(names.analyse(tokens("shaanxi")).get(0).kind()).isEqualTo(OrgTokenKind.PLACE);
        assertThat(names.analyse(tokens("xi an")).get(0).end()).isEqualTo(2);
    }

    @Test
    void organisationsInTheGazetteerAreNotPlaces() {
        assertThat(tags("xinjiang production and construction corps"))
                .isEqualTo("xinjiang/PLACE production/OTHER and/GENERIC construction/GENERIC corps/OTHER");
        assertThat(names.analyse(tokens("xpcc")).get(0).kind()).isEqualTo(OrgTokenKind.OTHER);
    }

    @Test
    void numbersAreKeptApart() {
        assertThat(tags("spetsialnoe konstruktorskoe byuro 14 vologda")).contains("14/NUMBER");
    }

    @Test
    void weightsOrderFormsBelowGenericBelowDistinctive() {
        List<OrgToken> t = names.analyse(tokens("hebei suguo international trade co ltd"));
        assertThat(t.get(1).weight()).isEqualTo(1.0);
        assertThat(t.get(2).weight()).isLessThan(1.0).isGreaterThan(t.get(4).weight());
    }

    @Test
    void aLegalFormMisspeltByOneLetterIsStillThatForm() {
        // SDN names with a letter left out, added or swapped in the form, as typed or OCR'd
        assertThat(tags("aerocaribbean airlines limted")).endsWith("limted/LEGAL_FORM:LTD");
        assertThat(tags("aktsionrenoe obshchestvo lama")).startsWith("aktsionrenoe obshchestvo/LEGAL_FORM:JSC");
        assertThat(tags("obashchestvo s ogranichennoi otvetstvennostyu yuesem")).startsWith(
                "obashchestvo s ogranichennoi otvetstvennostyu/LEGAL_FORM:LLC");
        assertThat(tags("l inmo soiedad anonima de capital variable")).contains("soiedad anonima/LEGAL_FORM:SA");
    }

    @Test
    void aWordOneLetterFromAShortFormOrInsideTheNameStaysAWord() {
        // "sa" and "ag" are forms, "sam" and "al" names; "limon" is a word, too short to be a misspelt form
        assertThat(tags("sam trading")).startsWith("sam/OTHER");
        assertThat(tags("limon export")).startsWith("limon/OTHER");
        // a word inside a name is no form, however near (Limitless, Limted Edition)
        assertThat(tags("the limted edition gallery")).contains("limted/OTHER");
    }

    @Test
    void anAbbreviatedGenericWordReadsAsItsFullWord() {
        assertThat(names.fullWord("co")).isEqualTo("company");
        assertThat(names.fullWord("intl")).isEqualTo("international");
        assertThat(names.fullWord("taktar")).isEqualTo("taktar");
    }
}
