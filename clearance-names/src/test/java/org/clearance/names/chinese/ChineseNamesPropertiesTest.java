package org.clearance.names.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class ChineseNamesPropertiesTest {
    private final ChineseNames names = ChineseNames.get();

    @Property(seed = "20261128")
    void neverThrowsOnAnyText(@ForAll String text) {
        assertThat(names.readings(text)).isNotNull();
        assertThat(names.fromHan(text)).isNotNull();
        assertThat(names.isLikelyChineseName(List.of(text))).isIn(true, false);
        assertThat(names.surnameFrequency(text)).isBetween(0.0, 1.0);
    }

    @Property(seed = "20261128")
    void readingsDoNotDependOnCase(@ForAll @AlphaChars @StringLength(max = 20) String token) {
        assertThat(names.readings(token.toUpperCase(Locale.ROOT))).isEqualTo(names.readings(token.toLowerCase(Locale.ROOT)));
    }

    @Property(seed = "20261128")
    void everyReadingIsMadeOfPinyinSyllables(@ForAll @AlphaChars @StringLength(max = 16) String token) {
        for (List<String> reading : names.readings(token.toLowerCase(Locale.ROOT))) {
            assertThat(reading).isNotEmpty().allMatch(s -> s.matches("[a-z]{1,6}"));
        }
    }

    @Property(seed = "20261128")
    void hanReadingsAreOneSyllablePerCharacter(@ForAll @StringLength(max = 8) String any) {
        String han = any.codePoints()
                .map(cp -> COMMON_HAN.charAt(Math.floorMod(cp, COMMON_HAN.length())))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        assertThat(names.fromHan(han)).hasSize(han.length());
    }

    @Property(seed = "20261128")
    void hanReadingsAreAtMostOneSyllablePerCharacter(@ForAll @StringLength(max = 8) String any) {
        assertThat(names.fromHan(any)).hasSizeLessThanOrEqualTo(any.codePointCount(0, any.length()));
    }

    /** Characters of real names (OFAC SDN Xinjiang officials, Taiwan and PRC leaders); ICU reads them all. */
    private static final String COMMON_HAN = "朱海仑陈全国孙金龙彭家瑞王君正李方伟习近平蔡英文马九水扁毛泽东邓小周恩来单曾欧阳";
}
