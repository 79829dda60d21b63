package org.clearance.match;

import java.util.Map;

/**
 * How much a name part says, from how many list names carry it: "mohammad" or "trading" occur in
 * thousands of names and identify little, "tuniyaz" in one. The weight falls with the log of the
 * part's frequency from 1.0 (unique) to {@link #FLOOR}, so that common parts still count but can
 * never carry a match alone.
 */
final class TokenWeights {
    /** The least weight of any part: even "co" or "ltd" is some evidence. */
    static final double FLOOR = 0.3;
    /** Weight lost per natural-log unit of frequency: 100 names weigh about 0.5, 1,000 hit the floor. */
    static final double SLOPE = 0.15;
    private static final double START = 1.2;

    private final Map<String, Integer> frequency;

    TokenWeights(Map<String, Integer> frequency) {
        this.frequency = frequency;
    }

    double of(String token) {
        int f = frequency.getOrDefault(token, 0);
        return Math.max(FLOOR, Math.min(1.0, START - SLOPE * Math.log1p(f)));
    }

    /** Whether any list name has this part. */
    boolean contains(String token) {
        return frequency.containsKey(token);
    }
}
