package org.clearance.match;

import java.util.HashMap;
import java.util.Map;
import org.clearance.names.abjad.AbjadLetters;
import org.clearance.names.abjad.ConsonantKey;

/**
 * How much a name part says, from how many list names carry it: "mohammad" or "trading" occur in
 * thousands of names and identify little, "tuniyaz" in one. The weight falls with the log of the
 * part's frequency from 1.0 (unique) to a floor, so that common parts still count but can never carry
 * a match alone; a person's title weighs next to nothing. The figures are the settings
 * {@link MatchConfig#TOKEN_WEIGHT_FLOOR}, {@link MatchConfig#TOKEN_WEIGHT_SLOPE},
 * {@link MatchConfig#TOKEN_WEIGHT_START}, {@link MatchConfig#TITLE_WEIGHT}, {@link MatchConfig#ABJAD_WEIGHT} and
 * {@link MatchConfig#MIN_CONSONANT_KEY}.
 */
final class TokenWeights {
    private final Map<String, Integer> frequency;
    /** The frequencies summed by {@link ConsonantKey} of the parts, for words written in an abjad. */
    private final Map<String, Integer> byConsonants;
    private final double floor;
    private final double slope;
    private final double start;
    private final double title;
    private final double abjad;
    private final int minKey;

    /** The frequencies of one index, weighed with the default settings. */
    TokenWeights(Map<String, Integer> frequency) {
        this(frequency, byConsonants(frequency), MatchConfig.DEFAULT);
    }

    private TokenWeights(Map<String, Integer> frequency, Map<String, Integer> byConsonants, MatchConfig config) {
        this.frequency = frequency;
        this.byConsonants = byConsonants;
        this.floor = config.tokenWeightFloor();
        this.slope = config.tokenWeightSlope();
        this.start = config.tokenWeightStart();
        this.title = config.titleWeight();
        this.abjad = config.abjadWeight();
        this.minKey = config.minConsonantKey();
    }

    /** The same frequencies weighed with {@code config}'s settings: this very object when they are the same. */
    TokenWeights with(MatchConfig config) {
        return sameAs(config) ? this : new TokenWeights(frequency, byConsonants, config);
    }

    /** Whether names prepared with these weights are what {@code config} would prepare. */
    boolean sameAs(MatchConfig config) {
        return floor == config.tokenWeightFloor() && slope == config.tokenWeightSlope() && start == config.tokenWeightStart()
                && title == config.titleWeight() && abjad == config.abjadWeight() && minKey == config.minConsonantKey();
    }

    double of(String token) {
        return weigh(frequency.getOrDefault(token, 0));
    }

    /**
     * The weight of a word written in an abjad, from its letters: as common as the list names' parts that could
     * spell it (احمد as Ahmad, Ahmed, Hamid together), with or without its article.
     */
    double ofLetters(String letters) {
        int f = consonantFrequency(letters);
        if (letters.startsWith(AbjadLetters.ARTICLE) && letters.length() > AbjadLetters.ARTICLE.length()) {
            f = Math.max(f, consonantFrequency(letters.substring(AbjadLetters.ARTICLE.length())));
        }
        return weigh(f);
    }

    /** How many list names carry a Latin part of the word's consonant key; 0 for a key too short to tell. */
    private int consonantFrequency(String letters) {
        String key = ConsonantKey.ofLetters(letters);
        // keys too short (Ali's "l", Ofer's "fr") are shared by so many unrelated names (Far, Fauré, Ferreira) that
        // their count says nothing of the word's own
        return key.length() < minKey ? 0 : byConsonants.getOrDefault(key, 0);
    }

    private double weigh(int frequency) {
        return Math.max(floor, Math.min(1.0, start - slope * Math.log1p(frequency)));
    }

    private static Map<String, Integer> byConsonants(Map<String, Integer> frequency) {
        Map<String, Integer> out = new HashMap<>();
        frequency.forEach((token, f) -> {
            String key = ConsonantKey.ofLatin(token);
            if (!key.isEmpty()) {
                out.merge(key, f, Integer::sum);
            }
        });
        return out;
    }

    /** The weight of a title ("Mr.", "Sheikh") in a person's name of several parts. */
    double title() {
        return title;
    }

    /** The most a word written in an abjad or transcribed weighs ({@link MatchConfig#abjadWeight()}). */
    double abjadCeiling() {
        return abjad;
    }

    /** Whether any list name has this part. */
    boolean contains(String token) {
        return frequency.containsKey(token);
    }
}
