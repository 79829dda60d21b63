package org.clearance.match;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a name is searched by in the screening index, and the index's fields: every part, its readings and
 * number, its sound (Double Metaphone, the cross-script key), its character trigrams, two adjacent parts
 * written joined; a list name's initials too. One place, so that a list name is indexed by the same terms a
 * query of it asks for.
 */
final class IndexTerms {
    static final String F_TOKEN = "tok";
    static final String F_PHONETIC = "phon";
    static final String F_GRAM = "gram";
    static final String F_IDENTIFIER = "idv";
    static final String F_DATASET = "ds";
    static final String F_SCHEMA = "schema";
    static final String F_ORD = "ord";
    /** Parts shorter than this give no trigrams: too many names share them. */
    private static final int MIN_GRAM_TOKEN = 5;
    /** Words that acronyms often skip. */
    private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "for", "de", "la", "du", "des", "y", "e");

    final Set<String> tokens = new LinkedHashSet<>();
    final Set<String> phonetics = new LinkedHashSet<>();
    final Set<String> grams = new LinkedHashSet<>();

    /**
     * The terms of a list name: those of {@link #addQueryName} with every trigram, and the initials of a name of
     * three or more words, so that a query "XPCC" finds it.
     */
    void addListName(PreparedName name) {
        addQueryName(name, null);
        if (name.tokens().size() >= NameScorer.MIN_ACRONYM_WORDS) {
            StringBuilder all = new StringBuilder();
            StringBuilder words = new StringBuilder();
            for (Token t : name.tokens()) {
                if (!t.text().startsWith(NamePreparer.LEGAL_FORM_PREFIX)) {
                    all.append(t.text().charAt(0));
                    if (!CONNECTORS.contains(t.text())) {
                        words.append(t.text().charAt(0));
                    }
                }
            }
            tokens.add(all.toString());
            tokens.add(words.toString());
        }
    }

    /**
     * @param known when given, parts the lists already contain get no trigrams: an exact part finds its
     *              entries without them, and trigram clauses are most of a query's cost
     */
    void addQueryName(PreparedName name, TokenWeights known) {
        List<Token> t = name.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            tokens.add(tok.text());
            tokens.addAll(tok.readings());
            if (tok.number() != null) {
                tokens.add(tok.number()); // so that "Forty-Four" finds "44"
            }
            if (tok.crossKey() != null && tok.crossKey().length() >= 3) {
                phonetics.add("u" + tok.crossKey());
            }
            if (tok.phonetic().length() >= 2) {
                phonetics.add(tok.phonetic());
            }
            if (tok.text().length() >= MIN_GRAM_TOKEN && (known == null || !known.contains(tok.text()))) {
                for (int g = 0; g + 3 <= tok.text().length(); g++) {
                    grams.add(tok.text().substring(g, g + 3));
                }
            }
            if (i + 1 < t.size()) {
                tokens.add(tok.text() + t.get(i + 1).text());
            }
        }
    }
}
