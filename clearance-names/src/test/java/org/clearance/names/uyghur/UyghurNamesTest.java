package org.clearance.names.uyghur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UyghurNamesTest {
    private final UyghurNames names = UyghurNames.get();

    @ParameterizedTest
    @CsvSource({
        "mehmet, memet",
        "Memet, memet",
        "买买提, memet",
        "maimaiti, memet",
        "mai mai ti, memet",
        "ئەركىن, erkin",
        "Ärkin, erkin",
        "Erken, erkin",
        "艾尔肯, erkin",
        "aierken, erkin",
        "Tohti, toxti",
        "土赫提, toxti",
        "托合提, toxti",
        "tuoheti, toxti",
        "Yusuf, yusup",
        "玉素甫, yusup",
        "Kadeer, qadir",
        "Kade'er, qadir",
        "Rebiya, rabiye",
        "Shohrat, shohret",
        "雪克来提, shohret",
        "Maimaitiming, memtimin"
    })
    void readsOneElementInEveryForm(String part, String reading) {
        assertThat(names.readings(part)).contains(reading);
    }

    @Test
    void sharedSpellingsGiveEveryReading() {
        assertThat(names.readings("muhammad")).containsExactly("memet", "muhemmed");
    }

    @Test
    void unknownPartsHaveNoReading() {
        assertThat(names.readings("smith")).isEmpty();
        assertThat(names.readings("王")).isEmpty();
        assertThat(names.readings(null)).isEmpty();
        assertThat(names.readings("")).isEmpty();
        assertThat(names.readings("...")).isEmpty();
    }

    @Test
    void segmentsDottedHanNames() {
        // OFAC SDN GLOMAG: TUNIYAZ, Erken; ZAKIR, Shohrat. Ilham Tohti (Sakharov Prize 2019).
        assertThat(names.segmentHan("艾尔肯·吐尼亚孜")).containsExactly(List.of("erkin"), List.of("tuniyaz"));
        assertThat(names.segmentHan("雪克来提•扎克尔")).containsExactly(List.of("shohret"), List.of("zakir"));
        assertThat(names.segmentHan("伊力哈木-土赫提")).containsExactly(List.of("ilham"), List.of("toxti"));
    }

    @Test
    void segmentsUndottedRuns() {
        assertThat(names.segmentHan("买买提明")).containsExactly(List.of("memtimin"));
        assertThat(names.segmentHan("艾尔肯吐尼亚孜")).containsExactly(List.of("erkin"), List.of("tuniyaz"));
        assertThat(names.segmentHan("阿不都热依木阿不都拉")).containsExactly(List.of("abdurehim"), List.of("abdulla"));
    }

    @Test
    void unknownStretchesFallBackToTheSkeletonOfTheirPinyin() {
        // OFAC SDN 30508 IMIRBAKI, Arken, aka YIMINGBAHAI, Ailigeng: 艾力更·依明巴海.
        List<List<String>> parts = names.segmentHan("艾力更·依明巴海");
        assertThat(parts).hasSize(4);
        assertThat(parts.get(1)).containsExactly(names.skeleton("geng"));
        assertThat(parts.get(3)).containsExactly(names.skeleton("bahai"));
    }

    @ParameterizedTest
    @CsvSource({
        // ULY or English spelling, pinyin of the Han rendering: people on OFAC GLOMAG/UFLPA-related
        // lists and well-known Uyghurs whose Chinese names are on Wikipedia.
        "Tuniyaz, Tuniyazi",
        "Erkin, Aierken",
        "Erken, Aierken",
        "Kurban, Kuerban",
        "Memet, Maimaiti",
        "Memetiming, Maimaitiming",
        "Zakir, Zhakeer",
        "Ilham, Yilihamu",
        "Tohti, Tuheti",
        "Tohti, Tuoheti",
        "Rebiya, Rebiya",
        "Kadeer, Kadeer",
        "Qadir, Kadeer",
        "Dolkun, Duolikun",
        "Isa, Aisha",
        "Seypidin, Saifuding",
        "Ezizi, Aizezi",
        "Tashpolat, Taxifulati",
        "Tiyip, Teyibai",
        "Nur, Nuer",
        "Bekri, Baikeli",
        "Dilmurat, Dilimulati",
        "Ekber, Aikebaier",
        "Osman, Wusiman",
        "Abdukerim, Abudukelimu",
        "Abliz, Abulizi",
        "Ehmetjan, Aihemaitijiang",
        "Yusup, Yusufu",
        "Tursun, Tuerxun",
        "Aygul, Ayiguli",
        "Rehim, Reyimu"
    })
    void skeletonMeetsAcrossUlyAndPinyin(String uly, String pinyin) {
        assertThat(names.skeleton(uly)).isNotEmpty().isEqualTo(names.skeleton(pinyin));
    }

    @Test
    void skeletonReadsHanAndArabicToo() {
        assertThat(names.skeleton("吐尼亚孜")).isEqualTo(names.skeleton("Tuniyaz"));
        assertThat(names.skeleton("تۇنىياز")).isEqualTo(names.skeleton("Tuniyaz"));
    }

    @ParameterizedTest
    @CsvSource({
        "Memet, Mahmut",
        "Hesen, Yasin",
        "Kurban, Kerim",
        "Erkin, Ekber",
        "Tursun, Turdi",
        "Ilham, Ilyas"
    })
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertThat(names.skeleton(one)).isNotEqualTo(names.skeleton(other));
    }

    @Test
    void badInputGivesEmptyAndNeverThrows() {
        String huge = "艾".repeat(5_000) + "ab·".repeat(2_000);
        assertThat(names.skeleton(null)).isEmpty();
        assertThat(names.skeleton("")).isEmpty();
        assertThat(names.skeleton("-- ''")).isEmpty();
        assertThat(names.skeleton("\u0000\u001f")).isEmpty();
        assertThat(names.segmentHan(null)).isEmpty();
        assertThat(names.segmentHan("Erkin")).isEmpty();
        assertThat(names.segmentHan("··")).isEmpty();
        assertThat(names.segmentHan(huge)).isNotEmpty();
        assertThat(names.readings(huge)).isEmpty();
        assertThat(names.skeleton("x".repeat(10_000))).isNotNull();
        assertThat(names.readings("Erkin ئەركىن 艾尔肯")).containsExactly("erkin");
    }

    @Test
    void aKnownElementIsWrittenInArabicScriptAndHanThatReadBackToIt() {
        List<String> forms = names.writtenForms("Mehmet");
        assertThat(forms).containsExactly("مەمەت", "买买提");
        forms.forEach(f -> assertThat(names.readings(f)).as(f).contains("memet"));
        assertThat(names.writtenForms("Vladimir")).isEmpty();
    }
}
