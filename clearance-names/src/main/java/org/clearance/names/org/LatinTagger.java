package org.clearance.names.org;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

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
        return tag(tokens, null);
    }

    /**
     * Tags a name some of whose words are single pinyin syllables (Heng Ye Ke Ji You Xian Gong Si): a run of them that
     * spells a phrase of the tables when joined (youxiangongsi, keji, xinjiang) is that phrase, its text the phrase as
     * the tables write it (youxian gongsi), where the run is longer than the phrase matched as written.
     *
     * @param syllable whether a word is one pinyin syllable
     */
    List<OrgToken> tagSyllables(List<String> tokens, Predicate<String> syllable) {
        return tag(tokens, syllable);
    }

    private List<OrgToken> tag(List<String> tokens, Predicate<String> syllable) {
        int n = tokens.size();
        List<OrgToken> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            OrgToken match = longestMatch(tokens, i, out);
            OrgToken run = syllable == null ? null : syllableRun(tokens, i, out, syllable);
            if (run != null && run.end() > match.end()) {
                match = run;
            }
            out.add(match);
            i = match.end();
        }
        return List.copyOf(out);
    }

    /** The longest run of two or more syllables from {@code start} that joined spells a phrase of the tables; else null. */
    private OrgToken syllableRun(List<String> tokens, int start, List<OrgToken> before, Predicate<String> syllable) {
        int n = tokens.size();
        int run = start;
        while (run < n && run - start < MAX_SYLLABLES && syllable.test(tokens.get(run))) {
            run++;
        }
        for (int end = run; end >= start + 2; end--) {
            String phrase = lex.joined.get(String.join("", tokens.subList(start, end)));
            LexEntry entry = phrase == null ? null : lex.latin.get(phrase);
            if (entry != null && placedWell(entry, start, end, n, before)) {
                return entry.token(phrase, start, end);
            }
        }
        return null;
    }

    /**
     * The most syllables a phrase of the tables is written in (gu fen you xian gong si, wu lu mu qi): a bound on the
     * runs looked up, no longer phrase being there to find.
     */
    static final int MAX_SYLLABLES = 8;

    private OrgToken longestMatch(List<String> tokens, int start, List<OrgToken> before) {
        int n = tokens.size();
        for (int len = Math.min(lex.maxLatinWords, n - start); len >= 1; len--) {
            String phrase = String.join(" ", tokens.subList(start, start + len));
            LexEntry entry = lex.latin.get(phrase);
            if (entry != null && placedWell(entry, start, start + len, n, before)) {
                return entry.token(phrase, start, start + len);
            }
        }
        OrgToken misspelt = misspeltForm(tokens, start);
        if (misspelt != null) {
            return misspelt;
        }
        String token = tokens.get(start);
        boolean number = !token.isEmpty() && Character.isDigit(token.charAt(0));
        return new OrgToken(token, number ? OrgTokenKind.NUMBER : OrgTokenKind.OTHER, null,
                number ? lex.numberWeight : lex.otherWeight, start, start + 1);
    }

    /**
     * A legal form misspelt by one letter (LIMTED, SOIEDAD ANONIMA, AKTSIONRENOE OBSHCHESTVO) where legal forms are
     * written, at the start or the end of the name, or anywhere when as long as a phrase ("soiedad anonima" before
     * "de capital variable"); the longest phrase first. Only forms of at least {@value #MIN_MISSPELT_FORM} letters:
     * in a shorter one a letter makes another word (sa, sp, ag).
     */
    private OrgToken misspeltForm(List<String> tokens, int start) {
        int n = tokens.size();
        int longest = Math.min(lex.maxLatinWords, n - start);
        // the phrases' lengths first: nearly every phrase has no legal form of a length one letter from its own, and
        // is passed over without being written out
        int[] lengths = new int[longest + 1];
        for (int len = 1; len <= longest; len++) {
            lengths[len] = lengths[len - 1] + tokens.get(start + len - 1).length() + (len > 1 ? 1 : 0);
        }
        for (int len = longest; len >= 1; len--) {
            int phraseLength = lengths[len];
            if (start != 0 && start + len != n && phraseLength < MIN_MISSPELT_INSIDE || !hasMisspeltFormNear(phraseLength)) {
                continue;
            }
            String phrase = String.join(" ", tokens.subList(start, start + len));
            for (int length = phrase.length() - 1; length <= phrase.length() + 1; length++) {
                for (String form : lex.misspeltForms.getOrDefault(length, List.of())) {
                    if (oneEditApart(phrase, form)) {
                        return lex.latin.get(form).token(phrase, start, start + len);
                    }
                }
            }
        }
        return null;
    }

    private boolean hasMisspeltFormNear(int length) {
        return lex.misspeltForms.containsKey(length - 1) || lex.misspeltForms.containsKey(length)
                || lex.misspeltForms.containsKey(length + 1);
    }

    /** The least length of a legal form (as normalised, spaces counting) that is also recognised misspelt. */
    static final int MIN_MISSPELT_FORM = 7;
    /** Phrases at least this long (spaces counting) are no words of a trade name one letter away from a legal form. */
    static final int MIN_MISSPELT_INSIDE = 12;

    /** Whether two different strings differ by one letter changed, added or left out, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.regionMatches(i + 1, b, i + 1, a.length() - i - 1)) {
                return true; // one letter changed
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    private static boolean placedWell(LexEntry entry, int start, int end, int n, List<OrgToken> before) {
        if (!entry.edgeOnly()) {
            return true;
        }
        boolean afterForm = !before.isEmpty() && before.get(before.size() - 1).kind() == OrgTokenKind.LEGAL_FORM;
        return start == 0 || end == n || afterForm;
    }
}
