package org.clearance.match;

import static org.clearance.match.DefaultNames.PREPARER;
import static org.clearance.match.DefaultNames.SCORER;
import static org.clearance.match.DefaultNames.score;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.clearance.model.Schema;

/** Properties every name score keeps, over generated names. */
class NameScoringPropertiesTest {


    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
        return Combinators.combine(word, word, word.injectNull(0.5))
                .as((a, b, c) -> c == null ? a + " " + b : a + " " + b + " " + c);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(60);
    }

    @Property(seed = "20261128")
    void scoresStayWithinZeroAndOne(@ForAll("anyText") String a, @ForAll("anyText") String b) {
        assertThat(score(a, b)).isBetween(0.0, 1.0);
    }

    @Property(seed = "20261128")
    void aNameMatchesItselfFully(@ForAll("names") String a) {
        assertThat(score(a, a)).isEqualTo(1.0);
    }

    @Property(seed = "20261128")
    void caseWhitespaceAndDiacriticsDoNotChangeTheScore(@ForAll("names") String a, @ForAll("names") String b) {
        String shouted = "  " + a.toUpperCase().replace(" ", "   ") + " ";
        String accented = b.replace('e', 'é').replace('a', 'á').replace('o', 'ö');
        assertThat(score(shouted, accented)).isEqualTo(score(a, b));
    }

    @net.jqwik.api.Example
    void partsThatCouldAlsoJoinStillPairOneToOne() {
        assertThat(score("ab a b", "b a ab")).isEqualTo(1.0);
        assertThat(score("w u", "u w")).isEqualTo(1.0);
        assertThat(score("hai lun zhu", "zhu hailun")).isEqualTo(1.0);
    }

    @Property(seed = "20261128")
    void wordOrderDoesNotMatter(@ForAll("names") String a) {
        String[] w = a.split(" ");
        java.util.List<String> words = new java.util.ArrayList<>(java.util.Arrays.asList(w));
        java.util.Collections.reverse(words);
        String reversed = String.join(" ", words);
        assertThat(score(a, reversed)).isEqualTo(1.0);
    }

    /** Titles ("lt", "mr") weigh almost nothing, so a name with one has in effect a part fewer. */
    private static boolean hasTitle(String name) {
        return java.util.Arrays.stream(name.split(" ")).anyMatch(org.clearance.names.Titles::isTitle);
    }

    /** Whether two adjacent parts of a, written together, are a part of b. */
    private static boolean joins(String a, String b) {
        String[] x = a.split(" ");
        java.util.Set<String> y = new java.util.HashSet<>(java.util.Arrays.asList(b.split(" ")));
        for (int i = 0; i + 1 < x.length; i++) {
            if (y.contains(x[i] + x[i + 1])) {
                return true;
            }
        }
        return false;
    }

    @Property(seed = "20261128")
    void equalPartCountsScoreSymmetrically(@ForAll("names") String a, @ForAll("names") String b) {
        // with the same number of parts and no part written joined on one side and split on the other,
        // there are no extra parts, whose weights are asymmetric on purpose
        if (a.split(" ").length == b.split(" ").length && !joins(a, b) && !joins(b, a) && !hasTitle(a) && !hasTitle(b)) {
            assertThat(score(a, b)).isCloseTo(score(b, a), org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
