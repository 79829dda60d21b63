package org.clearance.names.korean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real names in Hangul against the Latin spellings lists give them, and names that must not meet. */
class KoreanNamesPairsTest {
    private final KoreanNames names = KoreanNames.get();

    @ParameterizedTest(name = "{0} ~ {1} {2}")
    @CsvSource({
        "김정은, Kim, Jong Un",
        "문재인, Moon, Jae-in",
        "박근혜, Park, Geun-hye",
        "이명박, Lee, Myung-bak",
        "반기문, Ban, Ki-moon",
        "최룡해, Choe, Ryong Hae",
        "리영호, Ri, Yong Ho",
        "김여정, Kim, Yo Jong",
        "박봉주, Pak, Pong Ju",
        "남궁민, Namgung, Min",
        "조용원, Jo, Yong Won",
        "현영철, Hyon, Yong Chol",
        "장성택, Jang, Song Thaek",
        "김영삼, Kim, Young-sam",
        "정희, Chung, Hee",
        "김현우, Kim, Hyun-woo",
        "이우진, Lee, Woo Jin",
    })
    void aHangulNameReadsAsItsListSpelling(String hangul, String family, String given) {
        List<List<String>> parts = names.parts(hangul);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).contains(family.toLowerCase(Locale.ROOT));
        assertThat(parts.get(1)).contains(joined(given));
    }

    @ParameterizedTest(name = "{0} is {1} {2} in RR")
    @CsvSource({
        "김정은, gim, jeongeun",
        "문재인, mun, jaein",
        "박근혜, bak, geunhye",
        "이명박, i, myeongbak",
        "반기문, ban, gimun",
        "최룡해, choe, ryonghae",
        "남궁민, namgung, min",
        // a final before a silent ㅇ is written as an initial; the spelling without liaison is a reading too
        "김석우, gim, seogu",
        "이길영, i, giryeong",
        // ㄹㄹ is ll
        "이길례, i, gillye",
    })
    void theFirstReadingIsRevisedRomanization(String hangul, String family, String given) {
        List<List<String>> parts = names.parts(hangul);

        assertThat(parts.get(0).get(0)).isEqualTo(family);
        assertThat(parts.get(1).get(0)).isEqualTo(given);
    }

    @Test
    void readingsFollowTheStandardsAndTheirCommonVariants() {
        assertThat(names.parts("김석우").get(1)).contains("seoku", "sokoo");
        // McCune–Reischauer: ㅅ before ㅣ is sh, ㄱ ㄷ ㅂ ㅈ are voiced between voiced sounds
        assertThat(names.parts("김시원").get(1)).startsWith("siwon").contains("shiwon");
        assertThat(names.parts("박봉주").get(1)).contains("bongju", "pongju");
        // a DPRK ㄹ dropped as the South writes it (룡 is 용 there)
        assertThat(names.parts("최룡해").get(1)).contains("yonghae");
        // ㅢ as ui, i, ee
        assertThat(names.parts("김영희").get(1)).contains("yeonghui", "yonghui", "younghee");
    }

    @Test
    void familyNamesHaveTheirUsualSpellings() {
        assertThat(names.parts("이영희").get(0)).startsWith("i").contains("lee", "yi", "rhee", "ri");
        assertThat(names.parts("리영희").get(0)).startsWith("ri").contains("lee");
        assertThat(names.parts("최영희").get(0)).contains("choi", "choe", "chwe");
        assertThat(names.parts("정영희").get(0)).contains("jeong", "jung", "chung", "chong", "jong");
        assertThat(names.parts("류영희").get(0)).contains("ryu", "yoo", "yu", "lyu");
    }

    @Test
    void compoundFamilyNamesNeedAWordLongEnough() {
        assertThat(names.parts("남궁민")).hasSize(2);
        assertThat(names.parts("남궁민").get(0)).contains("namgung", "namkung");
        assertThat(names.parts("제갈성렬").get(0)).contains("jegal");
        assertThat(names.parts("제갈성렬").get(1)).contains("seongryeol");
        assertThat(names.parts("선우은숙").get(0)).contains("sunwoo");
        assertThat(names.parts("황보영미").get(0)).contains("hwangbo");
        // 황 is a common family name and 보라 a common given name: three syllables are 황 + 보라
        assertThat(names.parts("황보라").get(0)).contains("hwang").doesNotContain("hwangbo");
        assertThat(names.parts("황보라").get(1)).contains("bora");
        // two syllables are one-syllable family name and given name
        assertThat(names.parts("남궁").get(0)).containsExactly("nam");
    }

    @Test
    void wordsSeparatedBySpacesAreParts() {
        assertThat(names.parts("김 정은")).hasSize(2);
        assertThat(names.parts("김 정은").get(1)).contains("jeongeun", "jongun");
        assertThat(names.parts("남궁 민").get(0)).contains("namgung");
        assertThat(names.parts("김 정 은")).hasSize(3);
        assertThat(names.parts("김·정은")).hasSize(2);
        assertThat(names.parts("김정-은")).isEqualTo(names.parts("김정은"));
        assertThat(names.parts("  김정은 ")).isEqualTo(names.parts("김정은"));
    }

    @Test
    void differentGivenNamesShareNoReading() {
        assertThat(disjoint(names.parts("김정은").get(1), names.parts("김정일").get(1))).isTrue();
        assertThat(disjoint(names.parts("문재인").get(1), names.parts("문재일").get(1))).isTrue();
        // ㅖ and ㅐ are written apart by every standard: 혜 hye, 해 hae
        assertThat(disjoint(names.parts("박근혜").get(1), names.parts("박근해").get(1))).isTrue();
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({
        "용하율, yonghao",
        "용하율, wu",
        "장호준, janghorbani",
        "장호준, hamid",
        "김우, wu",
        "김정은, kimjongil",
    })
    void namesThatMatchedFalselyByTransliterationDoNotMeet(String hangul, String latin) {
        List<List<String>> parts = names.parts(hangul);

        for (List<String> part : parts) {
            assertThat(part).doesNotContain(latin);
        }
        assertThat(joinings(parts)).doesNotContain(latin);
    }

    private static boolean disjoint(List<String> a, List<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.isEmpty();
    }

    /** Every family reading followed by every given reading, as a Latin name written joined would read. */
    private static Set<String> joinings(List<List<String>> parts) {
        Set<String> joined = new HashSet<>();
        for (String family : parts.get(0)) {
            for (String given : parts.get(parts.size() - 1)) {
                joined.add(family + given);
            }
        }
        return joined;
    }

    private static String joined(String latin) {
        return latin.replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}
