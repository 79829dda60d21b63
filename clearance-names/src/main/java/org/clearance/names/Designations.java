package org.clearance.names;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.io.TsvResource;
import org.clearance.names.abjad.AbjadLetters;

/**
 * The country a person's style names after the name: "Fahd of Saudi Arabia", "Khalid da Arábia Saudita", "Saud
 * dell'Arabia Saudita", "Nayef, Príncipe Herdeiro da Arábia Saudita", "פאהד מלך ערב הסעודית" (Fahd, king of Saudi
 * Arabia). Such words say which office or house someone holds, not who they are, as a title does. The country is
 * told by its name in any language ICU's CLDR data names countries in; it counts only at the end of a name, after
 * a word meaning "of" ({@code designations.tsv}) or a title (the Hebrew, Russian and Greek genitive needs none).
 */
public final class Designations {
    /** Country names by the first letters of their first word, each name as its words. */
    private static final Map<String, List<String[]>> COUNTRIES = countries();
    private static final Map<String, String> LINKS = links();
    /** The linking words written elided on the next word (dell', d', l'). */
    private static final List<String> ELIDED_LINKS = LINKS.entrySet().stream()
            .filter(e -> e.getValue().startsWith("elided")).map(Map.Entry::getKey).sorted().toList();
    /** Linking words that also begin family names (designations.tsv). */
    private static final Set<String> PARTICLES = particles();
    /** Letters a country's first word is filed under; shorter names are filed whole. */
    private static final int FILE_PREFIX = 4;
    /**
     * Letters an inflected word must share with the country name it inflects, at least, and at most how many
     * letters of the longer may differ after them: Russian Саудовской Аравии, Greek Σαουδικής Αραβίας (of Saudi
     * Arabia) against Саудовская Аравия, Σαουδική Αραβία. Applied to Cyrillic and Greek only, which decline names.
     */
    private static final int MIN_STEM = 4;
    private static final int MAX_ENDING = 3;

    private Designations() {}

    /**
     * Where a designation begins among a name's comparable words (lower-case ASCII parts, or the letters of words
     * in Arabic script or Hebrew as {@link AbjadLetters#of} gives them): the "of" that joins a country at the end
     * of the name, or the country itself after a title; the number of words when there is none, or when nothing
     * but titles would be left before it (then the whole is no person's name but a style, kept as it is).
     *
     * @param inflected whether the name is in a script whose languages decline country names (Cyrillic, Greek)
     */
    public static int start(List<String> words, boolean inflected) {
        int n = words.size();
        int name = 0; // the first word that is neither a title nor a linking word
        while (name < n && (Titles.isTitle(words.get(name)) || LINKS.containsKey(words.get(name)))) {
            name++;
        }
        for (int i = name + 1; i < n; i++) {
            String before = words.get(i - 1);
            String cue = LINKS.get(before);
            boolean title = cue == null && Titles.isTitle(before);
            if ((cue != null || title) && isCountry(words, i, inflected, "")) {
                if (OF.equals(cue) && name < i - 1 && styles(before, words, i)) {
                    return i - 1;
                }
                if (ARTICLE.equals(cue) && name < i - 2 && OF.equals(LINKS.get(words.get(i - 2)))) {
                    return i - 2;
                }
                if (title) {
                    return i;
                }
            }
            for (String link : ELIDED_LINKS) {
                if (elides(words.get(i), link) && isCountry(words, i, inflected, link)) {
                    if (ELIDED_OF.equals(LINKS.get(link)) && styles(link, words, i)) {
                        return i;
                    }
                    if (ELIDED_ARTICLE.equals(LINKS.get(link)) && OF.equals(cue) && name < i - 1) {
                        return i - 1;
                    }
                }
            }
        }
        return n;
    }

    /**
     * Whether a word may be a country's name carrying an elided {@code link} (dellarabia): elision comes before a
     * vowel, and a name of the length of a country's follows (Đan Đỗ is no d'An Đỗ).
     */
    private static boolean elides(String word, String link) {
        return word.length() >= link.length() + MIN_ELIDED && word.startsWith(link) && LatinLetters.isVowel(word.charAt(link.length()));
    }

    /** The fewest letters of a country's name after an elided link word (d'Iran, d'Oman). */
    private static final int MIN_ELIDED = 4;

    /**
     * Whether a country named from {@code from} after the linking word {@code link} is a style: always after a word
     * that begins no family name; after one that does (de, van), when the country's name has several words or the
     * name holds a title.
     */
    private static boolean styles(String link, List<String> words, int from) {
        return !PARTICLES.contains(link) || words.size() - from > 1 || words.stream().anyMatch(Titles::isTitle);
    }

    /** Whether the words from {@code from} to the end name a country, the first with {@code elided} before it. */
    private static boolean isCountry(List<String> words, int from, boolean inflected, String elided) {
        int n = words.size() - from;
        String first = words.get(from).substring(elided.length());
        if (first.isEmpty()) {
            return false;
        }
        List<String[]> names = COUNTRIES.get(first.length() <= FILE_PREFIX ? first : first.substring(0, FILE_PREFIX));
        if (names == null) {
            return false;
        }
        for (String[] name : names) {
            if (name.length != n) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                String w = k == 0 ? first : words.get(from + k);
                all = w.equals(name[k]) || inflected && inflects(w, name[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean inflects(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= MIN_STEM && Math.max(a.length(), b.length()) - common <= MAX_ENDING;
    }

    private static final String OF = "of";
    private static final String ARTICLE = "article";
    private static final String ELIDED_OF = "elided-of";
    private static final String ELIDED_ARTICLE = "elided-article";

    private static Set<String> particles() {
        Set<String> s = new HashSet<>();
        for (String[] row : TsvResource.rows(Designations.class, "designations.tsv")) {
            if (row.length < 3 || !Set.of("yes", "no").contains(row[2])) {
                throw new IllegalStateException("designations.tsv: particle is yes or no, not " + String.join("\t", row));
            }
            if (row[2].equals("yes")) {
                s.add(row[0]);
            }
        }
        return Set.copyOf(s);
    }

    private static Map<String, String> links() {
        Map<String, String> m = new HashMap<>();
        for (String[] row : TsvResource.rows(Designations.class, "designations.tsv")) {
            if (!Set.of(OF, ARTICLE, ELIDED_OF, ELIDED_ARTICLE).contains(row[1])) {
                throw new IllegalStateException("designations.tsv: unknown kind " + row[1] + " of " + row[0]);
            }
            m.put(row[0], row[1]);
        }
        return Map.copyOf(m);
    }

    /** The country names of {@value #COUNTRY_NAMES}, filed by their first word's first letters. */
    private static Map<String, List<String[]>> countries() {
        Map<String, List<String[]>> m = new HashMap<>();
        for (String[] row : TsvResource.rows(Designations.class, COUNTRY_NAMES)) {
            String[] words = row[0].split(" ");
            String first = words[0];
            m.computeIfAbsent(first.length() <= FILE_PREFIX ? first : first.substring(0, FILE_PREFIX), k -> new ArrayList<>())
                    .add(words);
        }
        return Map.copyOf(m);
    }

    static final String COUNTRY_NAMES = "country-names.tsv";
    /** The scripts whose country names are kept: those of the alphabets names are compared in letter for letter. */
    private static final Set<Integer> SCRIPTS = Set.of(UScript.LATIN, UScript.CYRILLIC, UScript.GREEK, UScript.ARABIC,
            UScript.HEBREW, UScript.DEVANAGARI, UScript.ARMENIAN, UScript.GEORGIAN);

    /**
     * Every country's name in every language of ICU's locale data (CLDR) written in {@link #SCRIPTS}, as names are
     * compared: as comparable parts, or as their words' letters in Arabic script and Hebrew; and the names lists use
     * that CLDR lacks ({@code country-aliases.tsv}). Asking ICU costs seconds, so the names are kept in
     * {@value #COUNTRY_NAMES}, which this makes again (DesignationsTest checks it is up to date).
     */
    static java.util.SortedSet<String> cldrCountryNames() {
        Set<String> names = new HashSet<>();
        Set<String> languages = new java.util.TreeSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            languages.add(l.getLanguage());
        }
        String[] regions = ULocale.getISOCountries();
        for (String language : languages) {
            ULocale in = new ULocale(language);
            for (String region : regions) {
                String name = new ULocale("", region).getDisplayCountry(in);
                if (!name.equals(region) && SCRIPTS.contains(NameText.script(name))) {
                    names.add(name);
                }
            }
        }
        for (String[] row : TsvResource.rows(Countries.class, "country-aliases.tsv")) {
            names.add(row[0]);
        }
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (String name : names) {
            List<String> words = words(name);
            if (!words.isEmpty()) {
                out.add(String.join(" ", words));
            }
        }
        return out;
    }

    private static List<String> words(String name) {
        if (!AbjadLetters.isAbjad(NameText.script(name))) {
            return NameText.tokens(name);
        }
        List<String> out = new ArrayList<>();
        for (String w : name.split("[^\\p{L}\\p{M}]+")) {
            String letters = AbjadLetters.of(w);
            if (!letters.isEmpty()) {
                out.add(letters);
            }
        }
        return out;
    }
}
