package org.clearance.names.org;

import java.util.List;

/**
 * Tells whether a word is the acronym of a name ("XPCC" of "Xinjiang Production and Construction
 * Corps"). Connectors and legal forms may give their initial or not ("Bank of America" is "BoA",
 * "China National Petroleum Corporation" is "CNPC", "Zhongxing Telecommunication Equipment
 * Corporation" is "ZTE"); every other word must. An acronym of three or more letters may also leave
 * out places at the beginning and generic words, places or legal forms at the end, as such names are
 * shortened in practice; one of one or two letters matches by chance so often that it must spell the
 * initials of every word that must give one, and nothing else.
 */
final class AcronymMatcher {
    private static final int SHORT = 3;
    /** Generic words this light are connectors (of, and, de), which acronyms may skip. */
    static final double CONNECTOR_WEIGHT = 0.05;

    boolean matches(String acronym, List<OrgToken> tagged, List<String> tokens) {
        int n = tokens.size();
        char[] initials = new char[n];
        boolean[] optional = new boolean[n];
        boolean[] droppableHead = new boolean[n];
        boolean[] droppableTail = new boolean[n];
        for (OrgToken t : tagged) {
            for (int i = t.start(); i < t.end(); i++) {
                String token = tokens.get(i);
                initials[i] = token.isEmpty() ? 0 : token.charAt(0);
                optional[i] = t.kind() == OrgTokenKind.LEGAL_FORM || OrgNames.isConnector(t) || initials[i] == 0;
                droppableHead[i] = optional[i] || t.kind() == OrgTokenKind.PLACE;
                droppableTail[i] = optional[i] || t.kind() != OrgTokenKind.OTHER && t.kind() != OrgTokenKind.NUMBER;
            }
        }
        if (acronym.length() < SHORT) {
            return exactInitials(acronym, initials, optional);
        }
        for (int from = 0; from < n && (from == 0 || droppableHead[from - 1]); from++) {
            for (int to = n; to > from && (to == n || droppableTail[to]); to--) {
                if (mandatoryCount(optional, from, to) >= 2 && spells(acronym, initials, optional, from, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean exactInitials(String acronym, char[] initials, boolean[] optional) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < initials.length; i++) {
            if (!optional[i]) {
                s.append(initials[i]);
            }
        }
        return s.length() >= 2 && s.toString().equals(acronym);
    }

    private static int mandatoryCount(boolean[] optional, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += optional[i] ? 0 : 1;
        }
        return count;
    }

    /** Dynamic programme: can the words from..to, each optional one giving its initial or not, spell the acronym. */
    private static boolean spells(String acronym, char[] initials, boolean[] optional, int from, int to) {
        int m = acronym.length();
        boolean[] reach = new boolean[m + 1];
        reach[0] = true;
        for (int i = from; i < to; i++) {
            boolean[] next = new boolean[m + 1];
            for (int k = 0; k <= m; k++) {
                if (!reach[k]) {
                    continue;
                }
                if (optional[i]) {
                    next[k] = true;
                }
                if (k < m && acronym.charAt(k) == initials[i]) {
                    next[k + 1] = true;
                }
            }
            reach = next;
        }
        return reach[m];
    }
}
