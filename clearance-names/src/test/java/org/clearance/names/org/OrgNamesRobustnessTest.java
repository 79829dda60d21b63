package org.clearance.names.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Bad and arbitrary input: never an exception, empty in gives empty out. */
class OrgNamesRobustnessTest {
    private final OrgNames names = OrgNames.get();

    @Test
    void emptyAndNullGiveNothing() {
        assertThat(names.analyse(List.of())).isEmpty();
        assertThat(names.analyse(null)).isEmpty();
        assertThat(names.analyseHan("")).isEmpty();
        assertThat(names.analyseHan(null)).isEmpty();
        assertThat(names.isAcronymOf("", List.of("a"))).isFalse();
        assertThat(names.isAcronymOf(null, List.of("a"))).isFalse();
        assertThat(names.isAcronymOf("ab", null)).isFalse();
    }

    @Test
    void nullAndEmptyTokensAreKeptAsEmptyOthers() {
        List<String> tokens = Arrays.asList("pantum", null, "", "ltd");
        List<OrgToken> t = names.analyse(tokens);
        assertThat(t).hasSize(4);
        assertThat(t.get(3).kind()).isEqualTo(OrgTokenKind.LEGAL_FORM);
    }

    @Test
    void punctuationOnlyHanGivesNothing() {
        assertThat(names.analyseHan("（）、。!!--")).isEmpty();
    }

    @Test
    void veryLongInputs() {
        String han = "新疆".repeat(5_000);
        assertThat(names.analyseHan(han)).isNotEmpty();
        List<String> tokens = Collections.nCopies(10_000, "co");
        assertThat(names.analyse(tokens)).hasSize(10_000);
        assertThat(names.isAcronymOf("c".repeat(10_000), tokens)).isFalse();
        assertThat(names.isAcronymOf("cc", tokens)).isFalse();
    }

    @Test
    void controlCharactersAndMixedScripts() {
        assertThat(names.analyseHan("珠海\u0000奔图\u200bElectronics有限公司\uD800")).isNotEmpty();
        assertThat(names.analyse(List.of("\u0007", "ооо", "奔图"))).hasSize(3);
    }

    @Property(tries = 300, seed = "20261128")
    void hanNeverThrowsAndSpansStayInside(@ForAll @StringLength(max = 60) String s) {
        for (OrgToken t : names.analyseHan(s)) {
            assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Property(tries = 300, seed = "20261128")
    void latinSpansCoverAllTokens(@ForAll List<@StringLength(max = 8) String> tokens) {
        List<OrgToken> t = names.analyse(tokens);
        int next = 0;
        for (OrgToken o : t) {
            assertThat(o.start()).isEqualTo(next);
            next = o.end();
        }
        assertThat(next).isEqualTo(tokens.size());
    }

    @Property(tries = 200, seed = "20261128")
    void stableUnderCase(@ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b) {
        List<String> lower = List.of(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
        List<String> upper = new ArrayList<>(List.of(a.toUpperCase(Locale.ROOT), b.toUpperCase(Locale.ROOT)));
        assertThat(names.analyse(upper).stream().map(OrgToken::kind).toList())
                .isEqualTo(names.analyse(lower).stream().map(OrgToken::kind).toList());
    }

    @Property(tries = 200, seed = "20261128")
    void acronymNeverThrows(@ForAll @StringLength(max = 10) String acronym,
            @ForAll List<@StringLength(max = 8) String> tokens) {
        assertDoesNotThrow(() -> names.isAcronymOf(acronym, tokens));
    }
}
