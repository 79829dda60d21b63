package org.clearance.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {
    @Test
    void hanIncludesTheExtensionBlocksNewerThanJava17() {
        assertThat(Scripts.isHan('中')).isTrue();
        assertThat(Scripts.isHan(0x20000)).as("extension B").isTrue();
        assertThat(Scripts.isHan(0x9FFD)).as("Unicode 14, unknown to Java 17").isTrue();
        assertThat(Scripts.isHan(0x31350)).as("extension H").isTrue();
        assertThat(Scripts.isHan('あ')).isFalse();
        assertThat(Scripts.isHan('・')).isFalse();
    }

    @Test
    void allHanWantsAtLeastOneCharacterAndNoOther() {
        assertThat(Scripts.allHan("有限公司")).isTrue();
        assertThat(Scripts.allHan("")).isFalse();
        assertThat(Scripts.allHan("有限 公司")).isFalse();
    }

    @Test
    void latinLooksOnlyAtLetters() {
        assertThat(Scripts.isLatin("Société Générale S.A. 2")).isTrue();
        assertThat(Scripts.isLatin("")).isTrue();
        assertThat(Scripts.isLatin("Bank Мир")).isFalse();
        assertThat(Scripts.isLatin("中国")).isFalse();
    }
}
