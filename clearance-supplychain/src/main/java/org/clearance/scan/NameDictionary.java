package org.clearance.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.clearance.names.NameText;
import org.clearance.names.org.OrgNames;
import org.clearance.names.org.OrgToken;
import org.clearance.names.org.OrgTokenKind;
import org.clearance.names.Scripts;

/**
 * The names of the list entries in the form a text scan looks them up: a few hash sets, so that finding candidate
 * spans in a text costs a handful of lookups per word, and the matcher scores only the spans that could be names.
 * A Latin-script name is keyed by its parts sorted ("CHEN, Quanguo" and "Quanguo Chen" both read
 * {@code chen quanguo}) without its legal form ("Camel Group Co., Ltd." reads {@code camel group}); a name written
 * in Han characters by those characters alone, with and without its legal form (合盛硅业鄯善, 合盛硅业鄯善有限公司).
 * Immutable once built.
 */
final class NameDictionary {
    /**
     * Han keys shorter than this are not looked up: two characters are a common word as often as a name (金正 "just
     * right", 王伟 is one of the commonest names in China).
     */
    static final int MIN_HAN_CHARS = 3;
    /**
     * Single-word names shorter than this are not looked up: two letters ("UN", "IS", "AL") are words or
     * abbreviations of everything.
     */
    static final int MIN_SINGLE_CHARS = 3;

    /** Sorted-part keys of names of two or more parts (before the legal form is dropped). */
    private final Set<String> multi = new HashSet<>();
    /** Names that are one part: acronyms and trade names ("XPCC", "Absolutbank"). */
    private final Set<String> single = new HashSet<>();
    /** Han keys. */
    private final Set<String> han = new HashSet<>();
    /** Every part of every Latin key: a window with any other part cannot be a name. */
    private final Set<String> vocabulary = new HashSet<>();
    /** The parts that were legal forms in some name ("co", "ltd", "limited", "ooo"). */
    private final Set<String> legalWords = new HashSet<>();
    private final int maxParts;
    private final int maxHanChars;

    NameDictionary(Iterable<Entity> entities) {
        OrgNames orgs = OrgNames.get();
        List<List<String>> latinNames = new ArrayList<>();
        int hanChars = 0;
        for (Entity e : entities) {
            boolean organisation = e.schema() != Schema.PERSON && e.schema() != Schema.VESSEL
                    && e.schema() != Schema.AIRCRAFT;
            for (Name n : e.names()) {
                // OFAC's weak aliases ("Abu Ahmad", "Andrei") are too broad to screen on, and in prose they are everywhere
                if (n.kind() == NameKind.WEAK_ALIAS) {
                    continue;
                }
                List<String> tokens = NameText.tokens(n.full());
                if (organisation && tokens.size() > 1) {
                    for (OrgToken t : orgs.analyse(tokens)) {
                        if (t.kind() == OrgTokenKind.LEGAL_FORM) {
                            legalWords.addAll(tokens.subList(t.start(), Math.min(t.end(), tokens.size())));
                        }
                    }
                }
                latinNames.add(tokens);
                hanChars = Math.max(hanChars, addHan(n.full(), organisation, orgs));
            }
        }
        int parts = 0;
        // legal-form words are left out of every key, so that a name and a window of text drop the same parts
        for (List<String> tokens : latinNames) {
            parts = Math.max(parts, tokens.size());
            if (tokens.size() == 1) {
                if (tokens.get(0).length() >= MIN_SINGLE_CHARS) {
                    single.add(tokens.get(0));
                    vocabulary.add(tokens.get(0));
                }
                continue;
            }
            List<String> kept = tokens.stream().filter(t -> !legalWords.contains(t)).toList();
            if (!kept.isEmpty()) {
                multi.add(key(kept));
                vocabulary.addAll(kept);
            }
        }
        this.maxParts = parts;
        this.maxHanChars = hanChars;
    }

    private int addHan(String name, boolean organisation, OrgNames orgs) {
        String all = hanOnly(name, 0, name.length());
        if (all.length() < MIN_HAN_CHARS) {
            return 0;
        }
        han.add(all);
        if (organisation) {
            StringBuilder core = new StringBuilder();
            int from = 0;
            for (OrgToken t : orgs.analyseHan(name)) {
                if (t.kind() == OrgTokenKind.LEGAL_FORM) {
                    core.append(hanOnly(name, from, t.start()));
                    from = t.end();
                }
            }
            core.append(hanOnly(name, from, name.length()));
            if (core.length() >= MIN_HAN_CHARS) {
                han.add(core.toString());
            }
        }
        return all.length();
    }

    /** The Han characters of {@code s} between two offsets, brackets, dots and spaces left out. */
    static String hanOnly(String s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to;) {
            int cp = s.codePointAt(i);
            if (Scripts.isHan(cp)) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** The key of a name's parts: sorted, so that word order does not matter, joined by one space. */
    static String key(List<String> parts) {
        String[] a = parts.toArray(new String[0]);
        Arrays.sort(a);
        return String.join(" ", a);
    }

    boolean isMulti(String key) {
        return multi.contains(key);
    }

    boolean isSingle(String part) {
        return single.contains(part);
    }

    boolean isHan(String chars) {
        return han.contains(chars);
    }

    boolean known(String part) {
        return vocabulary.contains(part) || legalWords.contains(part);
    }

    boolean isLegalWord(String part) {
        return legalWords.contains(part);
    }

    /** The most parts of any name: no window of a text needs to be longer. */
    int maxParts() {
        return maxParts;
    }

    int maxHanChars() {
        return maxHanChars;
    }
}
