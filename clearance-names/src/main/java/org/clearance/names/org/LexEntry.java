package org.clearance.names.org;

/**
 * What the data files say of one phrase: its kind, legal-form class (or null), weight, and whether it
 * counts only at the edge of a name (short legal forms that are also words).
 */
record LexEntry(OrgTokenKind kind, String legalFormClass, double weight, boolean edgeOnly) {

    OrgToken token(String text, int start, int end) {
        return new OrgToken(text, kind, legalFormClass, weight, start, end);
    }
}
