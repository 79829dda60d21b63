package org.clearance.match;

import java.util.Map;

/**
 * How much a name part says, from how many list names carry it: "mohammad" or "trading" occur in
 * thousands of names and identify little, "tuniyaz" in one. The weight falls with the log of the
 * part's frequency from 1.0 (unique) to a floor, so that common parts still count but can never carry
 * a match alone; a person's title weighs next to nothing. The figures are the settings
 * {@link MatchConfig#TOKEN_WEIGHT_FLOOR}, {@link MatchConfig#TOKEN_WEIGHT_SLOPE},
 * {@link MatchConfig#TOKEN_WEIGHT_START} and {@link MatchConfig#TITLE_WEIGHT}.
 */
final class TokenWeights {
    private final Map<String, Integer> frequency;
    private final double floor;
    private final double slope;
    private final double start;
    private final double title;

    /** The frequencies of one index, weighed with the default settings. */
    TokenWeights(Map<String, Integer> frequency) {
        this(frequency, MatchConfig.DEFAULT);
    }

    private TokenWeights(Map<String, Integer> frequency, MatchConfig config) {
        this.frequency = frequency;
        this.floor = config.tokenWeightFloor();
        this.slope = config.tokenWeightSlope();
        this.start = config.tokenWeightStart();
        this.title = config.titleWeight();
    }

    /** The same frequencies weighed with {@code config}'s settings: this very object when they are the same. */
    TokenWeights with(MatchConfig config) {
        return sameAs(config) ? this : new TokenWeights(frequency, config);
    }

    /** Whether names prepared with these weights are what {@code config} would prepare. */
    boolean sameAs(MatchConfig config) {
        return floor == config.tokenWeightFloor() && slope == config.tokenWeightSlope() && start == config.tokenWeightStart()
                && title == config.titleWeight();
    }

    double of(String token) {
        int f = frequency.getOrDefault(token, 0);
        return Math.max(floor, Math.min(1.0, start - slope * Math.log1p(f)));
    }

    /** The weight of a title ("Mr.", "Sheikh") in a person's name of several parts. */
    double title() {
        return title;
    }

    /** Whether any list name has this part. */
    boolean contains(String token) {
        return frequency.containsKey(token);
    }
}
