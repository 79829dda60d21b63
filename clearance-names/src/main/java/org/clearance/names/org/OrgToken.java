package org.clearance.names.org;

/**
 * One tagged span of a company name.
 *
 * @param text the span's text: its tokens joined by one space, or the Han characters as written
 * @param kind what the span is
 * @param legalFormClass for a legal form, its class ("LTD", "LLC", "JSC" ...), equal for forms that match; else null
 * @param weight how much the span counts for the name's identity, in (0,1]
 * @param start first token index (Han: first character index), inclusive
 * @param end last token index (Han: character index), exclusive
 */
public record OrgToken(String text, OrgTokenKind kind, String legalFormClass, double weight, int start, int end) {}
