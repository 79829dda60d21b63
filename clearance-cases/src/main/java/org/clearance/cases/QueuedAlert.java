package org.clearance.cases;

/** An alert in the queue with the party it was raised on, so a reviewer's list can name the party. */
public record QueuedAlert(Alert alert, Party party) {}
