package org.clearance.names.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clearance.io.TsvResource;
import org.clearance.names.Scripts;

/**
 * The bundled tables (legal forms, generic words, places, weights) as two look-up maps: one keyed by
 * normalised Latin (or Cyrillic) phrases, one keyed by Han text. Where a phrase is in more than one table
 * the legal form wins over the generic word and both over the place, because the more specific reading
 * decides how the name is compared ("co" in "co ltd" is part of the form).
 */
final class OrgLexicon {
    final Map<String, LexEntry> latin;
    /** The full word of each abbreviation of abbreviations.tsv (co: company), for the words of generic phrases. */
    final Map<String, String> fullWords;
    /** The Latin spellings of legal forms long enough to be recognised misspelt ({@link LatinTagger}), by length. */
    final Map<Integer, List<String>> misspeltForms;
    /**
     * Each Latin phrase of the tables written without spaces ("youxiangongsi", "keji", "xinjiang") to the phrase: what a
     * run of pinyin syllables written one by one spells ({@link LatinTagger#tagSyllables}). Where two phrases spell one
     * word, the legal form before the generic word before the place, as for phrases.
     */
    final Map<String, String> joined;
    /** The English word of each Chinese generic word, in pinyin and in characters (keji, 科技: technology). */
    final Map<String, String> meanings;
    final Map<String, LexEntry> hanForms;
    final Map<String, LexEntry> hanWords;
    final Map<String, LexEntry> hanPlaces;
    final int maxLatinWords;
    final int maxHanLength;
    final double otherWeight;
    final double numberWeight;

    private OrgLexicon(Builder b) {
        latin = Map.copyOf(b.latin);
        fullWords = Map.copyOf(b.fullWords);
        Map<Integer, List<String>> forms = new HashMap<>();
        b.latin.forEach((phrase, entry) -> {
            if (entry.kind() == OrgTokenKind.LEGAL_FORM && phrase.length() >= LatinTagger.MIN_MISSPELT_FORM && !Scripts.allHan(phrase)) {
                forms.computeIfAbsent(phrase.length(), k -> new ArrayList<>()).add(phrase);
            }
        });
        forms.replaceAll((k, v) -> List.copyOf(v));
        misspeltForms = Map.copyOf(forms);
        Map<String, String> spelt = new HashMap<>();
        b.latin.forEach((phrase, entry) -> {
            if (LATIN_PHRASE.matcher(phrase).matches()) {
                spelt.merge(phrase.replace(" ", ""), phrase, (x, y) -> {
                    int order = SPECIFIC_FIRST.compare(b.latin.get(x), b.latin.get(y));
                    return order < 0 || order == 0 && x.compareTo(y) <= 0 ? x : y;
                });
            }
        });
        joined = Map.copyOf(spelt);
        meanings = Map.copyOf(b.meanings);
        hanForms = Map.copyOf(b.hanForms);
        hanWords = Map.copyOf(b.hanWords);
        hanPlaces = Map.copyOf(b.hanPlaces);
        maxLatinWords = latin.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        maxHanLength = b.maxHan;
        otherWeight = b.weights.get("OTHER");
        numberWeight = b.weights.get("NUMBER");
    }

    /** The groups of generic-words.tsv whose words say a name is a company's, as a legal form does. */
    private static final Set<String> COMPANY_GROUPS = Set.of("company", "organisation");
    private static final Pattern LATIN_PHRASE = Pattern.compile("[a-z]+( [a-z]+)*");
    /** The legal form before the generic word before the place ({@link OrgTokenKind}'s order). */
    private static final Comparator<LexEntry> SPECIFIC_FIRST = Comparator.comparing(LexEntry::kind);

    static OrgLexicon load() {
        Builder b = new Builder();
        for (String[] r : TsvResource.rows(OrgLexicon.class, "kind-weights.tsv")) {
            b.weights.put(r[0], Double.parseDouble(r[1]));
        }
        Map<String, List<String>> alternatives = new HashMap<>();
        for (String[] r : TsvResource.rows(OrgLexicon.class, "abbreviations.tsv")) {
            alternatives.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
            alternatives.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[0]);
            b.fullWords.put(r[0], r[1]);
        }
        PhraseVariants variants = new PhraseVariants(alternatives);
        double formWeight = b.weights.get("LEGAL_FORM");
        for (String[] r : TsvResource.rows(OrgLexicon.class, "legal-forms.tsv")) {
            b.add(r[0], new LexEntry(OrgTokenKind.LEGAL_FORM, r[2], formWeight, "edge".equals(r[3]), true), variants, b.hanForms);
        }
        for (String[] r : TsvResource.rows(OrgLexicon.class, "generic-words.tsv")) {
            b.add(r[0], new LexEntry(OrgTokenKind.GENERIC, null, Double.parseDouble(r[1]), false, COMPANY_GROUPS.contains(r[2])),
                    variants, b.hanWords);
            if (!r[3].isEmpty()) {
                b.meanings.put(r[0], r[3]);
            }
        }
        for (String[] r : TsvResource.rows(OrgLexicon.class, "places.tsv")) {
            Double weight = b.weights.get("PLACE:" + r[2]);
            if (weight == null) {
                throw new IllegalStateException("places.tsv level without a weight in kind-weights.tsv: " + r[2]);
            }
            b.add(r[0], new LexEntry(OrgTokenKind.PLACE, null, weight, false, false), variants, b.hanPlaces);
        }
        return new OrgLexicon(b);
    }

    private static final class Builder {
        final Map<String, Double> weights = new HashMap<>();
        final Map<String, LexEntry> latin = new HashMap<>();
        final Map<String, String> fullWords = new HashMap<>();
        final Map<String, String> meanings = new HashMap<>();
        final Map<String, LexEntry> hanForms = new HashMap<>();
        final Map<String, LexEntry> hanWords = new HashMap<>();
        final Map<String, LexEntry> hanPlaces = new HashMap<>();
        int maxHan = 1;

        void add(String phrase, LexEntry entry, PhraseVariants variants, Map<String, LexEntry> han) {
            if (Scripts.allHan(phrase)) {
                han.putIfAbsent(phrase, entry);
                // A Han token among Latin ones (mixed-script names) is looked up as it is.
                latin.putIfAbsent(phrase, entry);
                maxHan = Math.max(maxHan, phrase.length());
                return;
            }
            for (String spelling : variants.of(phrase)) {
                latin.putIfAbsent(spelling, entry);
            }
        }
    }
}
