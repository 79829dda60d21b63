package org.clearance.names.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags normalised tokens by longest phrase match from the left. A legal form marked "edge" ("sa",
 * "ag", "ao") counts only at either end of the name or right after another legal form, where legal
 * forms are written; inside a name such tokens are more often words of the trade name.
 */
final class LatinTagger {
    private final OrgLexicon lex;

    LatinTagger(OrgLexicon lex) {
        this.lex = lex;
    }

    List<OrgToken> tag(List<String> tokens) {
        int n = tokens.size();
        List<OrgToken> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            OrgToken match = longestMatch(tokens, i, out);
            out.add(match);
            i = match.end();
        }
        return List.copyOf(out);
    }

    private OrgToken longestMatch(List<String> tokens, int start, List<OrgToken> before) {
        int n = tokens.size();
        for (int len = Math.min(lex.maxLatinWords, n - start); len >= 1; len--) {
            String phrase = String.join(" ", tokens.subList(start, start + len));
            LexEntry entry = lex.latin.get(phrase);
            if (entry != null && placedWell(entry, start, start + len, n, before)) {
                return entry.token(phrase, start, start + len);
            }
        }
        String token = tokens.get(start);
        boolean number = !token.isEmpty() && Character.isDigit(token.charAt(0));
        return new OrgToken(token, number ? OrgTokenKind.NUMBER : OrgTokenKind.OTHER, null,
                number ? lex.numberWeight : lex.otherWeight, start, start + 1);
    }

    private static boolean placedWell(LexEntry entry, int start, int end, int n, List<OrgToken> before) {
        if (!entry.edgeOnly()) {
            return true;
        }
        boolean afterForm = !before.isEmpty() && before.get(before.size() - 1).kind() == OrgTokenKind.LEGAL_FORM;
        return start == 0 || end == n || afterForm;
    }
}
