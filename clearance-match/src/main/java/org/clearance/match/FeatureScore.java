package org.clearance.match;

/**
 * One feature's part in a score, for the explanation.
 *
 * @param feature e.g. {@code name_match}, {@code dob_year_mismatch}
 * @param score   the feature's value (for qualifiers, what it added or took away)
 * @param detail  in words, what the feature saw
 */
public record FeatureScore(String feature, double score, String detail) {}
