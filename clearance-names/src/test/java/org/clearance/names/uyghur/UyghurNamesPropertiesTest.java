package org.clearance.names.uyghur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class UyghurNamesPropertiesTest {
    private final UyghurNames names = UyghurNames.get();

    @Property(seed = "20261128")
    void neverThrowsOnArbitraryText(@ForAll @StringLength(max = 60) String text) {
        assertThat(names.readings(text)).isNotNull();
        assertThat(names.segmentHan(text)).isNotNull();
        assertThat(names.skeleton(text)).isNotNull();
        assertThat(UyghurScript.toLatin(text)).isNotNull();
    }

    @Property(seed = "20261128")
    void skeletonIgnoresCase(@ForAll @AlphaChars @StringLength(max = 30) String latin) {
        assertThat(names.skeleton(latin.toUpperCase(Locale.ROOT))).isEqualTo(names.skeleton(latin.toLowerCase(Locale.ROOT)));
    }

    @Property(seed = "20261128")
    void readingsIgnoreCase(@ForAll @AlphaChars @StringLength(max = 12) String latin) {
        assertThat(names.readings(latin.toUpperCase(Locale.ROOT))).isEqualTo(names.readings(latin.toLowerCase(Locale.ROOT)));
    }

    @Property(seed = "20261128")
    void skeletonIsLowerCaseClassLetters(@ForAll @AlphaChars @StringLength(max = 30) String latin) {
        assertThat(names.skeleton(latin)).matches("[ptkhsjlmna]*");
    }
}
