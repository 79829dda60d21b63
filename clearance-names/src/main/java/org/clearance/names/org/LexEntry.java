package org.clearance.names.org;

/**
 * What the data files say of one phrase: its kind, legal-form class (or null), weight, whether it
 * counts only at the edge of a name (short legal forms that are also words), and whether it says the name is a
 * company's (a legal form, or a generic word of the company and organisation groups: gongsi, qiye, jituan).
 */
record LexEntry(OrgTokenKind kind, String legalFormClass, double weight, boolean edgeOnly, boolean saysCompany) {

    OrgToken token(String text, int start, int end) {
        return new OrgToken(text, kind, legalFormClass, weight, start, end);
    }
}
