package org.clearance.match.links;

import java.util.Objects;

/**
 * Two entries of different lists found to be one party.
 *
 * @param left     the entry id that sorts first
 * @param right    the other entry id
 * @param rule     the rule that linked them
 * @param evidence what the rule found, in words ("passport 6620505 on both; names 0.97")
 */
public record Link(String left, String right, LinkRule rule, String evidence) {
    public Link {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        if (left.compareTo(right) >= 0) {
            throw new IllegalArgumentException("link ends out of order or equal: " + left + ", " + right);
        }
    }

    /** The link between {@code a} and {@code b}, whichever order they come in. */
    public static Link of(String a, String b, LinkRule rule, String evidence) {
        return a.compareTo(b) < 0 ? new Link(a, b, rule, evidence) : new Link(b, a, rule, evidence);
    }
}
