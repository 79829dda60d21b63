package org.clearance.web;

/**
 * A list entry a party of a file matched.
 *
 * @param alertId the alert the hit met when the file's parties were stored, else 0
 * @param outcome what the hit did to that alert (opened, unchanged...), else empty
 */
record BatchHit(String entityId, String caption, String dataset, double score, long alertId, String outcome) {}
