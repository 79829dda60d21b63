package org.clearance.names.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNamesHanTest {
    private final ChineseNames names = ChineseNames.get();

    @Test
    void hanNamesReadAsPinyinSyllables() {
        assertThat(names.fromHan("朱海仑")).containsExactly("zhu", "hai", "lun");
        assertThat(names.fromHan("陈全国")).containsExactly("chen", "quan", "guo");
        assertThat(names.fromHan("习近平")).containsExactly("xi", "jin", "ping");
        assertThat(names.fromHan("蔣介石")).containsExactly("jiang", "jie", "shi");
        assertThat(names.fromHan("毛澤東")).containsExactly("mao", "ze", "dong");
        assertThat(names.fromHan("蔡英文")).containsExactly("cai", "ying", "wen");
        assertThat(names.fromHan("鄧小平")).containsExactly("deng", "xiao", "ping");
        assertThat(names.fromHan("李光耀")).containsExactly("li", "guang", "yao");
    }

    @Test
    void surnamesTakeTheirSurnameReading() {
        // ICU reads these characters as in ordinary words (dan, ceng, jie, chou, qu, pu, cha)
        assertThat(names.fromHan("单雄信")).containsExactly("shan", "xiong", "xin");
        assertThat(names.fromHan("曾国藩")).containsExactly("zeng", "guo", "fan");
        assertThat(names.fromHan("解缙")).containsExactly("xie", "jin");
        assertThat(names.fromHan("仇英")).containsExactly("qiu", "ying");
        assertThat(names.fromHan("區永")).containsExactly("ou", "yong");
        assertThat(names.fromHan("朴槿惠")).containsExactly("piao", "jin", "hui");
        assertThat(names.fromHan("查良镛")).containsExactly("zha", "liang", "yong");
        assertThat(names.fromHan("尉遲恭")).containsExactly("yu", "chi", "gong");
    }

    @Test
    void surnameReadingsApplyToTheSurnameOnly() {
        // 曾 inside a given name keeps ICU's reading; 单 at the start of a compound surname is chan (单于).
        assertThat(names.fromHan("王曾")).containsExactly("wang", "ceng");
        assertThat(names.fromHan("单于")).containsExactly("chan", "yu");
    }

    @Test
    void compoundSurnames() {
        assertThat(names.fromHan("欧阳修")).containsExactly("ou", "yang", "xiu");
        assertThat(names.fromHan("司马迁")).containsExactly("si", "ma", "qian");
        assertThat(names.fromHan("諸葛亮")).containsExactly("zhu", "ge", "liang");
        assertThat(names.fromHan("上官婉儿")).containsExactly("shang", "guan", "wan", "er");
    }

    @Test
    void transcribedForeignNamesGetNoSurnameReading() {
        // 查尔斯 is Charles: 查 keeps cha; the middle dot marks a transcription.
        assertThat(names.fromHan("查尔斯·达尔文")).containsExactly("cha", "er", "si", "da", "er", "wen");
        assertThat(names.fromHan("迪丽热巴·迪力木拉提")).startsWith("di", "li", "re", "ba");
    }

    @Test
    void otherScriptsAreSkipped() {
        assertThat(names.fromHan("习近平 (Xi Jinping)")).containsExactly("xi", "jin", "ping");
        assertThat(names.fromHan("Vladimir Putin")).isEmpty();
        assertThat(names.fromHan("")).isEmpty();
        assertThat(names.fromHan(null)).isEmpty();
        assertThat(names.fromHan("\u0000\t!!")).isEmpty();
        assertThat(names.fromHan("王".repeat(10_000))).hasSize(10_000).containsOnly("wang");
    }
}
