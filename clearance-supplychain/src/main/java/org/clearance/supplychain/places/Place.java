package org.clearance.supplychain.places;

/** One row of {@code xinjiang-places.tsv}. */
record Place(String chinese, String name, String level, String prefecture) {}
