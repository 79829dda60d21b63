package org.clearance.names;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the numbers in a name's parts into one canonical value, the digits without leading zeros, so that the
 * writings of one number meet ("44", "forty-four", "quarante-quatre"; "1st", "first", "premier"; "III" after a
 * name; "Jr" and "II") and two different numbers can be told to disagree. Numbers tell apart the funds, plants,
 * branches, vessels and generations that share every other word, so the matcher treats them as parts that must
 * agree.
 *
 * <p>Spelled numbers and their ordinals are not written in any table here: they are what ICU's spell-out rules
 * ({@link RuleBasedNumberFormat#SPELLOUT}) write for 1 to {@value #MAX_SPELLED} in the lists' languages, folded
 * as {@link NameText#tokens} folds names. Instances are immutable; {@link #get()} shares one.
 */
public final class NumberParts {
    /**
     * The languages whose number words are read: those of the lists and of the names screened against them
     * (English, French, Spanish, German; Russian for names written in Cyrillic). Italian and Portuguese are left
     * out: their number words are brand and name words too often (Prima, Primo, Otto, Sei, Dos).
     */
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "ru");
    /** Spelled numbers are read up to this: names spell fund and unit numbers, not large figures ("Fund Forty-Four"). */
    static final int MAX_SPELLED = 99;
    /**
     * Roman numerals are read from II up to this (XXXIX), from the letters I, V and X alone: regnal and
     * generational numbers never go higher, and with L, C, D or M the letters spell words and names too often
     * (Li, Di, Mix, Civil, Dim). A lone I, V or X is an initial far more often than a number.
     */
    static final int MAX_ROMAN = 39;
    /**
     * Roman numerals in range that are also name parts, not read as numbers in a name that may be a person's: Xi is
     * a Chinese name syllable (Xi Jinping, Wang Xi), Vi a Vietnamese given name. A vessel or a company numbers its
     * series with them (Bicentenario XI).
     */
    private static final Set<String> ROMAN_NAMES = Set.of("xi", "vi");
    /**
     * Spellings ICU writes for a number in one language that are ordinary words in the English of the lists,
     * never read as numbers: "Premier Oil" is no "First Oil"; once, seize, elf and pat are English words and names.
     */
    private static final Set<String> ENGLISH_WORDS = Set.of("premier", "once", "seize", "elf", "pat");
    /**
     * The generational suffixes of a person's name and the number they stand for: a junior is the second of the
     * name (John Smith Jr is John Smith II), a senior the first. Read only after the first part and only in
     * names that may be a person's: in a company's, "Junior" and "Senior" are words.
     */
    private static final Map<String, String> GENERATIONS = Map.of("jr", "2", "jnr", "2", "junior", "2",
            "sr", "1", "snr", "1", "senior", "1");
    /**
     * Words that announce a number ("Fund No. 2", "Plant Nr 3", "Zavod Nomer 5"), dropped before one: they say
     * nothing of which party it is, and a name that writes the number without them is the same name. Written
     * onto the digits too ("N9", "No9").
     */
    private static final Set<String> MARKERS = Set.of("n", "no", "nr", "nro", "num", "number", "numero", "nomer", "nummer");
    /**
     * Ordinal endings written on digits shorter than this are not read: one letter after a number names a unit
     * or a series (Block 12A, Building 3E) more often than it makes an ordinal (French 2e).
     */
    private static final int MIN_ORDINAL_SUFFIX = 2;
    /** Digit runs longer than this are left as written: no name holds such a number, and the bound keeps hostile input cheap. */
    static final int MAX_DIGITS = 30;

    /** How much of a name's reading applies, from what the name may be. */
    public enum Kind {
        /** A person: numerals, ordinals on digits, Roman numerals and generational suffixes after the first part. */
        PERSON(false, true),
        /** A company, organisation, vessel or aircraft: numerals, ordinals on digits, Roman numerals after the first part, and number words. */
        ORGANISATION(true, false),
        /** Either (a legal entity): everything a person's or an organisation's name may hold, since such a query meets both. */
        EITHER(true, true);

        /**
         * Number words are read in any name that may be an organisation's, never in a person's only: in the lists'
         * languages they are given names and surnames too (Otto, Una, Diez, Dos Santos, Elf).
         */
        private final boolean words;
        /** Whether the name may be a person's: generational suffixes are read, and Roman numerals that are names are not. */
        private final boolean person;

        Kind(boolean words, boolean person) {
            this.words = words;
            this.person = person;
        }
    }

    /**
     * One part of a name after reading.
     *
     * @param text   the part as the matcher compares it: the token, or the tokens of a number spelled in several
     *               words joined without spaces ("fortyfour")
     * @param number the canonical value ("44"), or null when the part is no number
     * @param from   the first token it was read from
     * @param to     the token after the last it was read from
     * @param regnal whether it is a ruler's ordinal (الثاني, the Second), which says which ruler of the name, as a style
     *               does, and which another writing of the name often leaves out (تركي الأول, Turki bin Abdulaziz)
     */
    public record Part(String text, String number, int from, int to, boolean regnal) {}

    /**
     * The languages whose ordinals are read as a ruler's number after a person's first name, as ICU spells them, each
     * with the article that makes an ordinal one (a format of the ordinal): Arabic writes it on (فيصل الثاني, Faisal
     * II; ICU's ordinals carry it), Hebrew writes its ה on (עבדאללה השני), English puts "the" before (Abdullah the
     * Second). Without the article they are ordinary words and names (Hebrew שני, Shani; Second).
     */
    private static final Map<String, String> REGNAL = Map.of("ar", "%s", "he", "ה%s", "en", "the %s");

    private final Map<String, String> spelled;
    private final int maxWords;
    private final Set<String> ordinalSuffixes;
    /** A ruler's ordinal as folded words ("althany", "the second") and its value. */
    private final Map<String, String> regnal;
    /** The first words of the ordinals in {@link #regnal} written in two ("the"). */
    private final Set<String> regnalArticles;

    private NumberParts(Map<String, String> spelled, Set<String> ordinalSuffixes, Map<String, String> regnal) {
        this.spelled = Map.copyOf(spelled);
        this.maxWords = spelled.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.ordinalSuffixes = Set.copyOf(ordinalSuffixes);
        this.regnal = Map.copyOf(regnal);
        Set<String> articles = new HashSet<>();
        for (String key : regnal.keySet()) {
            if (key.indexOf(' ') > 0) {
                articles.add(key.substring(0, key.indexOf(' ')));
            }
        }
        this.regnalArticles = Set.copyOf(articles);
    }

    private static final class Holder {
        static final NumberParts INSTANCE = build();
    }

    /** The shared instance, its tables written by ICU on first use. */
    public static NumberParts get() {
        return Holder.INSTANCE;
    }

    /**
     * The parts of a name with its numbers read; a marker word before a number is left out. Parts that are no
     * number come back as they are, in order.
     *
     * @param tokens the name's tokens as {@link NameText#tokens} writes them
     */
    public List<Part> read(List<String> tokens, Kind kind) {
        List<Part> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size();) {
            Part p = numberAt(tokens, i, kind);
            if (p == null) {
                out.add(new Part(tokens.get(i), null, i, i + 1, false));
                i++;
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).number() == null && MARKERS.contains(out.get(out.size() - 1).text())) {
                out.remove(out.size() - 1);
            }
            out.add(p);
            i = p.to();
        }
        return out;
    }

    /** The number that begins at token {@code i}, the longest spelled one first; null when none does. */
    private Part numberAt(List<String> tokens, int i, Kind kind) {
        String t = tokens.get(i);
        if (kind.words) {
            StringBuilder phrase = new StringBuilder();
            StringBuilder joined = new StringBuilder();
            Part longest = null;
            for (int j = i; j < Math.min(tokens.size(), i + maxWords); j++) {
                phrase.append(j > i ? " " : "").append(tokens.get(j));
                joined.append(tokens.get(j));
                String value = spelled.get(phrase.toString());
                if (value != null) {
                    longest = new Part(joined.toString(), value, i, j + 1, false);
                }
            }
            if (longest != null) {
                return longest;
            }
        }
        if (kind.person && i > 0) {
            // a ruler's ordinal, of one word (الثاني) or two (the second)
            String value = regnal.get(t);
            if (value != null) {
                return new Part(t, value, i, i + 1, true);
            }
            // (joined only after an article that begins such an ordinal, "the": names are read by the thousand)
            value = i + 1 < tokens.size() && regnalArticles.contains(t) ? regnal.get(t + " " + tokens.get(i + 1)) : null;
            if (value != null) {
                return new Part(t + tokens.get(i + 1), value, i, i + 2, true);
            }
        }
        String value = digits(t);
        if (value == null && i > 0) {
            value = kind.person ? GENERATIONS.get(t) : null;
            value = value != null || kind.person && ROMAN_NAMES.contains(t) ? value : roman(t);
        }
        return value == null ? null : new Part(t, value, i, i + 1, false);
    }

    /** The value of a numeral, an ordinal written on digits (1st, 21er) or a numeral with its marker (N9); else null. */
    private String digits(String t) {
        int start = 0;
        while (start < t.length() && Character.isLetter(t.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < t.length() && t.charAt(end) >= '0' && t.charAt(end) <= '9') {
            end++;
        }
        if (end == start || end - start > MAX_DIGITS) {
            return null;
        }
        boolean marked = start == 0 || MARKERS.contains(t.substring(0, start));
        boolean ordinal = end == t.length() || ordinalSuffixes.contains(t.substring(end));
        // a marker and an ordinal ending together (n2nd) are no writing of a number
        if (!marked || !ordinal || start > 0 && end < t.length()) {
            return null;
        }
        return canonical(t.substring(start, end));
    }

    /** Digits without their leading zeros ("007" is 7), so that every writing of a value is one text. */
    private static String canonical(String digits) {
        int z = 0;
        while (z < digits.length() - 1 && digits.charAt(z) == '0') {
            z++;
        }
        return digits.substring(z);
    }

    /** The value of a Roman numeral written the standard way, II to {@link #MAX_ROMAN}; else null. */
    static String roman(String t) {
        if (t.length() < 2 || !t.chars().allMatch(c -> c == 'i' || c == 'v' || c == 'x')) {
            return null;
        }
        for (int n = 2; n <= MAX_ROMAN; n++) {
            if (toRoman(n).equals(t)) {
                return Integer.toString(n);
            }
        }
        return null;
    }

    private static String toRoman(int n) {
        return "x".repeat(n / 10) + switch (n % 10) {
            case 0 -> "";
            case 4 -> "iv";
            case 9 -> "ix";
            default -> (n % 10 >= 5 ? "v" : "") + "i".repeat(n % 10 % 5);
        };
    }

    /**
     * Every spelling ICU writes for 1 to {@link #MAX_SPELLED} with every cardinal, numbering and ordinal rule set of
     * {@link #LANGUAGES} (genders and cases included), folded to tokens; a spelling that reads as two values in
     * two languages is left out as unsure. The ordinal endings on digits are ICU's too (1st, 1er, 2nd).
     */
    private static NumberParts build() {
        Map<String, String> spelled = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        for (String language : LANGUAGES) {
            ULocale locale = new ULocale(language);
            RuleBasedNumberFormat words = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
            RuleBasedNumberFormat ordinals = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.ORDINAL);
            for (String ruleSet : words.getRuleSetNames()) {
                if (!isNameForm(ruleSet)) {
                    continue;
                }
                for (int n = 1; n <= MAX_SPELLED; n++) {
                    List<String> tokens = NameText.tokens(words.format(n, ruleSet));
                    String value = Integer.toString(n);
                    put(spelled, ambiguous, String.join(" ", tokens), value);
                    if (tokens.size() > 1) {
                        put(spelled, ambiguous, String.join("", tokens), value); // fortyfour, vingtetun
                    }
                }
            }
            for (String ruleSet : ordinals.getRuleSetNames()) {
                if (!isNameForm(ruleSet)) {
                    continue;
                }
                for (int n = 1; n <= MAX_SPELLED; n++) {
                    String folded = String.join("", NameText.tokens(ordinals.format(n, ruleSet)));
                    String suffix = folded.substring(Math.min(folded.length(), Integer.toString(n).length()));
                    if (folded.startsWith(Integer.toString(n)) && suffix.length() >= MIN_ORDINAL_SUFFIX) {
                        suffixes.add(suffix);
                    }
                }
            }
        }
        spelled.keySet().removeAll(ambiguous);
        spelled.keySet().removeAll(ENGLISH_WORDS);
        return new NumberParts(spelled, suffixes, regnal());
    }

    /**
     * Every ordinal of one word that ICU's spell-out rules write for 1 to {@link #MAX_ROMAN} in the languages of
     * {@link #REGNAL}, masculine and feminine, with its language's article, folded as {@link NameText#tokens} folds names.
     */
    private static Map<String, String> regnal() {
        Map<String, String> out = new HashMap<>();
        REGNAL.forEach((language, article) -> {
            RuleBasedNumberFormat words = new RuleBasedNumberFormat(new ULocale(language), RuleBasedNumberFormat.SPELLOUT);
            for (String ruleSet : words.getRuleSetNames()) {
                if (!ruleSet.startsWith("%spellout-ordinal") || !isNameForm(ruleSet)) {
                    continue;
                }
                for (int n = 1; n <= MAX_ROMAN; n++) {
                    String ordinal = words.format(n, ruleSet);
                    if (ordinal.indexOf(' ') < 0 && ordinal.indexOf('-') < 0) {
                        out.putIfAbsent(String.join(" ", NameText.tokens(String.format(article, ordinal))), Integer.toString(n));
                    }
                }
            }
        });
        return out;
    }

    /**
     * Whether a rule set writes numbers as names do: not as years ("nineteen hundred"), verbose ("one hundred and
     * one"), plural ("premiers") or in a grammatical case other than the nominative (Russian "semi", "dvum"), which
     * names seldom use and which, being short, would read ordinary words as numbers. Leaving them out also keeps
     * the tables' making, at first use, short: Russian alone has sixty rule sets.
     */
    private static boolean isNameForm(String ruleSet) {
        for (String form : NOT_NAME_FORMS) {
            if (ruleSet.contains(form)) {
                return false;
            }
        }
        return true;
    }

    /** The parts of ICU rule-set names that {@link #isNameForm} leaves out. */
    private static final List<String> NOT_NAME_FORMS = List.of("year", "verbose", "plural", "ablative", "instrumental",
            "locative", "prepositional", "accusative", "dative", "genitive");

    private static void put(Map<String, String> spelled, Set<String> ambiguous, String key, String value) {
        if (key.isEmpty()) {
            return;
        }
        String before = spelled.putIfAbsent(key, value);
        if (before != null && !before.equals(value)) {
            ambiguous.add(key);
        }
    }
}
