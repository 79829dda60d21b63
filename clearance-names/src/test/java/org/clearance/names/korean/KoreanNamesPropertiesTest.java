package org.clearance.names.korean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Any run of modern Hangul syllables is a name with well-formed readings; no text makes the class throw. */
class KoreanNamesPropertiesTest {
    private final KoreanNames names = KoreanNames.get();

    @Property(seed = "20261128")
    void anyHangulGivesBoundedAsciiReadingsRrFirst(@ForAll("hangul") String name) {
        assertThat(names.isHangulName(name)).isTrue();
        List<List<String>> parts = names.parts(name);
        assertThat(parts).hasSizeBetween(1, 2);
        for (List<String> part : parts) {
            assertThat(part).isNotEmpty().hasSizeLessThanOrEqualTo(Romaniser.MAX_READINGS).doesNotHaveDuplicates()
                    .allMatch(r -> r.matches("[a-z]+"));
        }
    }

    @Property(seed = "20261128")
    void neverThrowsOnArbitraryText(@ForAll @StringLength(max = 40) String text) {
        assertThat(names.parts(text)).isNotNull();
        assertThat(names.parts(text).isEmpty()).isEqualTo(!names.isHangulName(text));
    }

    @Provide
    Arbitrary<String> hangul() {
        return Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').ofMinLength(1).ofMaxLength(7);
    }
}
