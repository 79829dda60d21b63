package org.clearance.web;

/** A row of an uploaded file that was not screened: where it is, which field, and why. */
record RowProblem(long row, String field, String reason) {}
