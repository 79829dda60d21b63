package org.clearance.match;

/**
 * A stored party that matches a list entry, with the result a screening of that party would give for
 * that entry (score and explanation).
 */
public record PartyHit(String partyId, MatchResult result) {}
