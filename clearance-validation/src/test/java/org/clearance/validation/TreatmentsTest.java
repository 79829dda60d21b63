package org.clearance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.clearance.model.Entity;
import org.clearance.names.NameText;
import org.clearance.testing.ListsIndex;
import org.junit.jupiter.api.Test;

/** Every treatment on real list entries: what it makes of a name, and the same again for the same seed. */
class TreatmentsTest {
    private static final long SEED = 20261206;

    private static Treatment.Variant make(String treatment, Entity e) {
        Treatment t = Treatments.byId(treatment).orElseThrow();
        Optional<Treatment.Variant> v = t.make(e, Validation.random(e, t, SEED));
        assertThat(v).as("%s of %s", treatment, e.caption()).isPresent();
        // the same entry, treatment and seed give the same case
        assertThat(t.make(e, Validation.random(e, t, SEED))).contains(v.get());
        return v.get();
    }

    private static Entity ofac(String caption) {
        return ListsIndex.byCaption("us_ofac_sdn", caption);
    }

    @Test
    void everyTreatmentMakesCasesFromTheRealListsAndTheSameSeedMakesTheSameOnes() {
        List<Entity> all = ListsIndex.entities().stream().sorted(Comparator.comparing(Entity::id)).toList();
        for (Treatment t : Treatments.ALL) {
            List<String> first = new ArrayList<>();
            List<String> again = new ArrayList<>();
            for (Entity e : all) {
                t.make(e, Validation.random(e, t, SEED)).ifPresent(v -> first.add(v.name()));
                t.make(e, Validation.random(e, t, SEED)).ifPresent(v -> again.add(v.name()));
            }
            assertThat(first).as(t.id()).isNotEmpty().isEqualTo(again);
        }
    }

    @Test
    void typosChangeOneLetterOfOneWord() {
        Entity e = ofac("AL ZAWAHIRI, Dr. Ayman");
        String from = e.names().get(0).full();
        Treatment.Variant swap = make("typo-swap", e);
        assertThat(swap.from()).isEqualTo(from);
        assertThat(sorted(swap.name())).as("same letters, two swapped").isEqualTo(sorted(from));
        assertThat(make("typo-drop", e).name()).hasSize(from.length() - 1);
        assertThat(make("typo-double", e).name()).hasSize(from.length() + 1);
        String key = make("typo-neighbour-key", e).name();
        assertThat(key).hasSameSizeAs(from).isNotEqualTo(from);
        int at = 0;
        while (key.charAt(at) == from.charAt(at)) {
            at++;
        }
        assertThat(Treatments.NEIGHBOUR_KEYS.get(Character.toLowerCase(from.charAt(at)))).contains("" + Character.toLowerCase(key.charAt(at)));
    }

    @Test
    void orderTreatmentsReadListedLastFirstNamesInSpokenOrder() {
        Entity e = ofac("ZHOU, Jianshu");
        assertThat(make("word-order", e).name()).isEqualTo("ZHOU Jianshu");
        assertThat(make("last-comma-first", e).name()).isEqualTo("Jianshu ZHOU");
        assertThat(make("initials", e).name()).isEqualTo("J. ZHOU");
        assertThat(make("title", e).name()).endsWith(" Jianshu ZHOU").satisfies(n ->
                assertThat(Treatments.TITLES).contains(n.substring(0, n.indexOf(" Jianshu"))));
        assertThat(make("middle-added", e).name()).matches("Jianshu \\S+ ZHOU");
        assertThat(make("parts-joined", e).name()).isEqualTo("ZHOU,Jianshu");
    }

    @Test
    void aChineseNameInPinyinIsWrittenInWadeGiles() {
        assertThat(make("wade-giles", ofac("ZHOU, Jianshu")).name()).isEqualTo("Chien-shu Chou");
        assertThat(make("wade-giles", ofac("LI, Fangwei")).name()).isEqualTo("Fang-wei Li");
    }

    @Test
    void aUyghurNameInLatinIsWrittenInArabicScriptAndInHan() {
        Entity e = ofac("TUNIYAZ, Erken");
        String arabic = make("uyghur-arabic-script", e).name();
        assertThat(NameText.script(arabic)).isEqualTo(UScript.ARABIC);
        assertThat(arabic.split(" ")).hasSize(2);
        assertThat(make("uyghur-han", e).name()).isEqualTo("艾尔肯·吐尼亚孜");
    }

    @Test
    void latinNamesAreWrittenInOtherScriptsAndOtherScriptsInLatin() {
        Entity e = ofac("ZHOU, Jianshu");
        assertThat(NameText.script(make("script-cyrillic", e).name())).isEqualTo(UScript.CYRILLIC);
        assertThat(make("script-cyrillic", e).name()).isEqualTo("Йиансху ЗХОУ"); // letter by letter: j is й, sh is сх;
        String arabic = make("script-arabic", e).name();
        assertThat(NameText.script(arabic)).isEqualTo(UScript.ARABIC);
        assertThat(arabic).doesNotContainPattern("\\p{Mn}");
        assertThat(NameText.script(make("script-katakana", e).name())).isEqualTo(UScript.KATAKANA);
        assertThat(NameText.script(make("script-hangul", e).name())).isEqualTo(UScript.HANGUL);

        Entity withHan = first(x -> Words.nameIn(x, UScript.HAN).isPresent() && Treatments.pinyin(Words.nameIn(x, UScript.HAN).get().full()) != null);
        Treatment.Variant pinyin = make("pinyin-from-han", withHan);
        // the bundled lists name no person in characters: an organisation's name comes syllable by syllable
        assertThat(pinyin.name()).matches(withHan.schema() == org.clearance.model.Schema.PERSON ? "[A-Z][a-z]+ [A-Z][a-z]+" : "([A-Z][a-z]+ )+[A-Z][a-z]+");
        assertThat(Treatments.pinyin("李方伟")).isEqualTo("Li Fangwei");
        Entity withArabic = first(x -> Words.nameIn(x, UScript.ARABIC).isPresent());
        assertThat(make("romanised-from-arabic", withArabic).name()).matches("[\\x20-\\x7e]+");
        Entity withCyrillic = first(x -> Words.nameIn(x, UScript.CYRILLIC).isPresent());
        assertThat(NameText.script(make("romanised-from-cyrillic", withCyrillic).name())).isEqualTo(UScript.LATIN);
    }

    @Test
    void organisationsChangeTheirLegalFormAndPeopleTheirBirthYear() {
        Entity company = first(x -> x.schema().isOrganisation() && Words.latinName(x).map(n -> n.full().endsWith(" LTD")).orElse(false));
        String changed = make("legal-form", company).name();
        String stem = company.names().get(0).full().replaceAll(" (CO\\.?,? )?LTD$", "");
        assertThat(changed).startsWith(stem).doesNotEndWith(" LTD");
        assertThat(Treatments.LEGAL_FORMS).anyMatch(changed::endsWith);

        Entity e = ofac("ZHOU, Jianshu");
        Treatment.Variant born = make("birth-date-shifted", e);
        assertThat(born.name()).isEqualTo("ZHOU, Jianshu");
        assertThat(born.birthDates()).hasSize(1);
        assertThat(Math.abs(born.birthDates().get(0).year() - 1971)).isEqualTo(1);
        assertThat(born.birthDates().get(0).month()).isEqualTo(7);
    }

    @Test
    void aTreatmentThatDoesNotFitMakesNoCase() {
        Entity company = first(x -> x.schema().isOrganisation() && Words.latinName(x).isPresent());
        for (String personOnly : List.of("word-order", "initials", "title", "script-cyrillic", "birth-date-shifted")) {
            Treatment t = Treatments.byId(personOnly).orElseThrow();
            assertThat(t.make(company, new SplittableRandom(SEED))).as(personOnly).isEmpty();
        }
        assertThat(Treatments.byId("wade-giles").orElseThrow().make(ofac("AL ZAWAHIRI, Dr. Ayman"), new SplittableRandom(SEED))).isEmpty();
    }

    private static Entity first(java.util.function.Predicate<Entity> p) {
        return ListsIndex.entities().stream().filter(p).min(Comparator.comparing(Entity::id)).orElseThrow();
    }

    private static String sorted(String s) {
        return s.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
