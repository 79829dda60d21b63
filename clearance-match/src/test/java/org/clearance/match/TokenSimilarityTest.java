package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** The cheap Jaro-Winkler bound may only ever save work: it must never change a similarity that counts. */
class TokenSimilarityTest {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final TokenSimilarity SPELLING = new TokenSimilarity(MatchConfig.DEFAULT);

    /** Words over a few letters, so that pairs share many letters, repeats and prefixes, as close spellings do. */
    @Provide
    Arbitrary<String> words() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                // past 64 letters, where the bits of a long no longer hold the characters taken
                Arbitraries.strings().withCharRange('a', 'c').ofMinLength(60).ofMaxLength(70));
    }

    /** Clearance's own Jaro-Winkler (for speed) must give Commons Text's figure to the last bit, or scores would move. */
    @Property(seed = "20261128", tries = 20000)
    void jaroWinklerIsCommonsTextsToTheBit(@ForAll("words") String a, @ForAll("words") String b) {
        assertThat(TokenSimilarity.jaroWinkler(a, b)).isEqualTo(JW.apply(a, b));
    }

    @Property(seed = "20261128", tries = 5000)
    void theBoundIsNeverBelowJaroWinkler(@ForAll("words") String a, @ForAll("words") String b) {
        assertThat(TokenSimilarity.jaroWinklerBound(a, b)).isGreaterThanOrEqualTo(JW.apply(a, b) - 1e-12);
    }

    @Property(seed = "20261128", tries = 5000)
    void aFloorChangesNoSimilarityAtOrAboveIt(@ForAll("words") String a, @ForAll("words") String b,
            @ForAll @DoubleRange(min = 0, max = 1) double floor) {
        double exact = SPELLING.of(a, b);
        double floored = SPELLING.of(a, b, floor);
        if (exact >= floor) {
            assertThat(floored).isEqualTo(exact);
        } else {
            assertThat(floored).isLessThan(floor);
        }
    }

    @Example
    void closeSpellingsStillScoreByJaroWinklerAndUnlikePartsAreSettledByTheBound() {
        // Jaro-Winkler of these is about 0.95: the bound must let it through unchanged
        assertThat(SPELLING.of("tuniyaz", "tuniyazi", 0.75)).isEqualTo(JW.apply("tuniyaz", "tuniyazi"));
        // no letter in common: Jaro is 0, and so is the bound
        assertThat(TokenSimilarity.jaroWinklerBound("textile", "quanzhou")).isLessThan(0.75);
        assertThat(SPELLING.of("textile", "quanzhou", 0.75)).isZero();
    }

    @Example
    void oneConsonantChangedOrAddedIsOneConsonantApartAndAVowelIsNot() {
        assertThat(TokenSimilarity.oneConsonantApart("marc", "mark")).isTrue();
        assertThat(TokenSimilarity.oneConsonantApart("jon", "john")).isTrue();
        assertThat(TokenSimilarity.oneConsonantApart("frederick", "frederic")).isTrue();
        // a vowel changed or added makes another name; two letters apart is no single change
        assertThat(TokenSimilarity.oneConsonantApart("omar", "amar")).isFalse();
        assertThat(TokenSimilarity.oneConsonantApart("marc", "marco")).isFalse();
        assertThat(TokenSimilarity.oneConsonantApart("stefan", "stephan")).isFalse();
        assertThat(TokenSimilarity.oneConsonantApart("mark", "mark")).isFalse();
    }

    /** Two parts are one spelling but for doubled letters exactly when, each run of a letter written once, they are equal. */
    @Property
    void doubledLettersAreTheOnlyDifferenceExactlyWhenTheRunsAgree(@ForAll("fewLetters") String a, @ForAll("fewLetters") String b) {
        assertThat(TokenSimilarity.sameButDoubled(a, b)).isEqualTo(runsOnce(a).equals(runsOnce(b)));
        assertThat(TokenSimilarity.sameButDoubled(a, a + a.substring(Math.max(0, a.length() - 1)))).isTrue();
    }

    @Example
    void doubledLettersAsTransliterationsWriteThem() {
        assertThat(TokenSimilarity.sameButDoubled("isa", "issa")).isTrue();
        assertThat(TokenSimilarity.sameButDoubled("hassan", "hasan")).isTrue();
        assertThat(TokenSimilarity.sameButDoubled("abba", "aba")).isTrue();
        assertThat(TokenSimilarity.sameButDoubled("aba", "ab")).isFalse();
        assertThat(TokenSimilarity.sameButDoubled("ab", "abc")).isFalse();
        assertThat(TokenSimilarity.sameButDoubled("", "")).isTrue();
    }

    /** Words of three letters, so that random pairs often share runs. */
    @Provide
    Arbitrary<String> fewLetters() {
        return Arbitraries.strings().withChars('a', 'b', 'c').ofMinLength(0).ofMaxLength(8);
    }

    private static String runsOnce(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
