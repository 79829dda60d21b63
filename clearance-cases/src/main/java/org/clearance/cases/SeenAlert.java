package org.clearance.cases;

/**
 * An alert as a reviewer saw it: a decision on a party's alerts names each with the version it was taken on,
 * so that one changed meanwhile refuses the whole decision rather than being decided unseen.
 */
public record SeenAlert(long id, int version) {}
