package org.clearance.names.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseNamesReadingsTest {
    private final ChineseNames names = ChineseNames.get();

    private List<List<String>> read(String token) {
        return names.readings(token);
    }

    @Test
    void joinedPinyinGivenNamesFromTheOfacSdnListSplitIntoSyllables() {
        // ZHU, Hailun; CHEN, Quanguo; SUN, Jinlong; PENG, Jiarui; WANG, Junzheng; LI, Fangwei (OFAC SDN, Xinjiang)
        assertThat(read("hailun")).first().isEqualTo(List.of("hai", "lun"));
        assertThat(read("quanguo")).first().isEqualTo(List.of("quan", "guo"));
        assertThat(read("jinlong")).first().isEqualTo(List.of("jin", "long"));
        assertThat(read("jiarui")).first().isEqualTo(List.of("jia", "rui"));
        assertThat(read("junzheng")).first().isEqualTo(List.of("jun", "zheng"));
        assertThat(read("fangwei")).first().isEqualTo(List.of("fang", "wei"));
        assertThat(read("zhu")).first().isEqualTo(List.of("zhu"));
    }

    @Test
    void hyphenatedAndSplitGivenNamesReadAsTheJoinedOne() {
        assertThat(read("hai-lun")).first().isEqualTo(List.of("hai", "lun"));
        assertThat(read("hai")).first().isEqualTo(List.of("hai"));
        assertThat(read("HaiLun")).first().isEqualTo(List.of("hai", "lun"));
    }

    @Test
    void joinedPinyinFollowsTheApostropheRule() {
        // 西安 is written Xi'an; unmarked "xian" is the one syllable xian (先), Xi-an only a second guess.
        assertThat(read("xian")).containsExactly(List.of("xian"), List.of("xi", "an"));
        assertThat(read("xi'an")).containsExactly(List.of("xi", "an"));
        // Zhang'an against Zhan-gan: the split before a vowel comes second.
        assertThat(read("zhangan")).first().isEqualTo(List.of("zhan", "gan"));
        assertThat(read("zhangan")).contains(List.of("zhang", "an"));
    }

    @Test
    void wadeGilesNamesOfWellKnownPeopleConvertToPinyin() {
        // Mao Tse-tung, Chou En-lai, Teng Hsiao-p'ing, Hsi Chin-p'ing, Chiang Kai-shek
        assertThat(read("tse-tung")).first().isEqualTo(List.of("ze", "dong"));
        assertThat(read("chou")).contains(List.of("zhou"));
        assertThat(read("en-lai")).first().isEqualTo(List.of("en", "lai"));
        assertThat(read("teng")).contains(List.of("deng"));
        assertThat(read("hsiao-p'ing")).containsExactly(List.of("xiao", "ping"));
        assertThat(read("hsi")).containsExactly(List.of("xi"));
        assertThat(read("chin-p'ing")).first().isEqualTo(List.of("jin", "ping"));
        assertThat(read("chiang")).first().isEqualTo(List.of("jiang"));
        // Kai-shek is Cantonese (gaai-sek), not Wade–Giles (Chieh-shih): only the surname converts.
        assertThat(read("chieh-shih")).first().isEqualTo(List.of("jie", "shi"));
    }

    @Test
    void wadeGilesSpecialSyllables() {
        assertThat(read("tzu")).first().isEqualTo(List.of("zi"));
        assertThat(read("ssu")).containsExactly(List.of("si"));
        assertThat(read("szu")).containsExactly(List.of("si"));
        assertThat(read("jen")).first().isEqualTo(List.of("ren"));
        assertThat(read("kuo")).contains(List.of("guo"));
        assertThat(read("hsieh")).containsExactly(List.of("xie"));
        assertThat(read("chih")).first().isEqualTo(List.of("zhi"));
        assertThat(read("erh")).containsExactly(List.of("er"));
        assertThat(read("yu")).containsExactly(List.of("yu"), List.of("you"));
    }

    @Test
    void anApostropheOfAspirationMakesTheReadingCertainAndItsLossOffersBoth() {
        assertThat(read("ch'en")).containsExactly(List.of("chen"));
        // Chen (陈) is pinyin; the faithful Wade–Giles reading of unmarked chen is zhen.
        assertThat(read("chen")).containsExactly(List.of("chen"), List.of("zhen"));
        // Tsai Ing-wen 蔡 is Ts'ai: lists drop the apostrophe, so both zai and cai are offered, faithful first.
        assertThat(read("ts'ai")).containsExactly(List.of("cai"));
        assertThat(read("tsai")).containsExactly(List.of("zai"), List.of("cai"));
        assertThat(read("ch\u2019en")).containsExactly(List.of("chen"));
    }

    @Test
    void taiwaneseGivenNamesInGwoyeuRomatzyhConvertToPinyin() {
        // Ma Ying-jeou 马英九 (jeou: tone-3 spelling of jiu), Tsai Ing-wen 蔡英文 (ing: tone-1 spelling of ying)
        assertThat(read("ying-jeou")).first().isEqualTo(List.of("ying", "jiu"));
        assertThat(read("ing-wen")).first().isEqualTo(List.of("ying", "wen"));
        assertThat(read("yingjeou")).first().isEqualTo(List.of("ying", "jiu"));
        // Hsieh Shiow-ling style: shiow is tone 4 of xiu, jiunn tone 4 of jun
        assertThat(read("shiow")).containsExactly(List.of("xiu"));
        assertThat(read("jiunn")).containsExactly(List.of("jun"));
    }

    @Test
    void droppedUmlautsReadBothWays() {
        // Hsü and Hsu are both xu; chü (ju) without its umlaut looks like chu (zhu).
        assertThat(read("hsü")).containsExactly(List.of("xu"));
        assertThat(read("hsu")).containsExactly(List.of("xu"));
        assertThat(read("ch'u")).contains(List.of("chu"), List.of("qu"));
        assertThat(read("chu")).contains(List.of("zhu"), List.of("ju"));
    }

    @Test
    void dialectAndDiasporaSurnameSpellingsMapToMandarinSurnames() {
        // Lee Kuan Yew 李, Jackie Chan 陈, Wong Kar-wai 王, Lim Boon Keng 林, Tan Cheng Lock 陈, Goh Chok Tong 吴
        assertThat(read("lee")).first().isEqualTo(List.of("li"));
        assertThat(read("lee")).contains(List.of("le")); // also tone 3 of le in Gwoyeu Romatzyh
        assertThat(read("chan")).contains(List.of("chen"));
        assertThat(read("wong")).containsExactly(List.of("wang"), List.of("huang"));
        assertThat(read("lim")).first().isEqualTo(List.of("lin"));
        assertThat(read("tan")).startsWith(List.of("tan")).contains(List.of("chen"));
        assertThat(read("goh")).containsExactly(List.of("wu"));
        assertThat(read("ng")).contains(List.of("wu"), List.of("huang"));
        assertThat(read("cheung")).contains(List.of("zhang"));
        assertThat(read("au-yeung")).contains(List.of("ou", "yang"));
        assertThat(read("sze-to")).contains(List.of("si", "tu"));
        assertThat(read("szeto")).containsExactly(List.of("si", "tu"));
    }

    @Test
    void kuanOfLeeKuanYewReadsAsGuan() {
        assertThat(read("kuan")).startsWith(List.of("kuan"), List.of("guan"));
    }

    @Test
    void tokensThatAreNoChineseRomanisationReadAsNothing() {
        assertThat(read("vladimir")).isEmpty();
        assertThat(read("david")).isEmpty();
        assertThat(read("mohammed")).isEmpty();
        assertThat(read("ch")).isEmpty();
    }

    @Test
    void readingsStayFewAndDistinct() {
        for (String token : List.of("chu", "tan", "hai-lun", "tse-tung", "chuanchuanchuan", "shishishishi", "chin-p'ing")) {
            List<List<String>> readings = read(token);
            assertThat(readings).hasSizeLessThanOrEqualTo(8).doesNotHaveDuplicates();
        }
    }

    @Test
    void badInputReadsAsNothing() {
        assertThat(read(null)).isEmpty();
        assertThat(read("")).isEmpty();
        assertThat(read("'")).isEmpty();
        assertThat(read("--")).isEmpty();
        assertThat(read("zhu hai")).isEmpty();
        assertThat(read("zhu\u0000")).isEmpty();
        assertThat(read("朱")).isEmpty();
        assertThat(read("zhu1")).isEmpty();
        assertThat(read("a".repeat(10_000))).isEmpty();
        assertThat(read("xi".repeat(30))).isEmpty();
    }
}
