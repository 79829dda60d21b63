package org.clearance.cases;

/**
 * Which alerts a queue shows.
 *
 * @param status  only alerts in this status, or null for all
 * @param dataset only alerts on entries of this dataset, or null for all
 * @param limit   alerts at most
 */
public record AlertFilter(AlertStatus status, String dataset, int limit) {}
