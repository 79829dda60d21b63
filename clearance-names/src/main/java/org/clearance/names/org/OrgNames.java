package org.clearance.names.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.clearance.names.Scripts;
import org.clearance.names.chinese.ChineseNames;

/**
 * Reads company names into their parts: legal forms (with a class shared by forms that mean the same,
 * "Co., Ltd." = "有限公司" = "Youxian Gongsi"), generic words, places, numbers and the distinctive
 * rest, so that names differing only in the parts that weigh little can be told to be one company.
 * The tables are loaded once from the data files beside this class; instances are immutable and
 * safe to share between threads.
 */
public final class OrgNames {
    /** Longer "acronyms" are words; the bound also keeps the check linear in practice. */
    private static final int MAX_ACRONYM = 12;
    /** No acronym stands for a name this long (the longest list names with acronyms have about a dozen words). */
    private static final int MAX_ACRONYM_WORDS = 30;
    private final OrgLexicon lexicon;
    private final LatinTagger latin;
    private final Map<String, String> fullWords;
    private final HanTagger han;
    private final AcronymMatcher acronyms = new AcronymMatcher();
    private final ChineseNames chinese = ChineseNames.get();

    private OrgNames(OrgLexicon lexicon) {
        this.lexicon = lexicon;
        this.latin = new LatinTagger(lexicon);
        this.fullWords = lexicon.fullWords;
        this.han = new HanTagger(lexicon);
    }

    private static final class Holder {
        static final OrgNames INSTANCE = new OrgNames(OrgLexicon.load());
    }

    /** The shared instance, built from the bundled tables on first use. */
    public static OrgNames get() {
        return Holder.INSTANCE;
    }

    /**
     * Tags normalised tokens ("zhuhai", "pantum", "electronics", "co", "ltd"), taking the longest
     * phrase first ("company limited", "s a de c v"). The spans cover every token, in order.
     *
     * @param tokens lower-case tokens as the name normaliser makes them; null or empty gives an empty list
     */
    public List<OrgToken> analyse(List<String> tokens) {
        return tokens == null || tokens.isEmpty() ? List.of() : latin.tag(clean(tokens));
    }

    /**
     * A company name written in pinyin syllable by syllable, as forms and bank messages write Chinese names (Heng Ye Ke
     * Ji You Xian Gong Si for 恒燁科技有限公司), tagged as {@link #analyse} tags it with each run of syllables that
     * joined spells a legal form, generic word or place read as that (you xian gong si: youxian gongsi, LTD; ke ji:
     * keji); every other syllable stays a part of its own, as the character it writes does. Empty unless such a run says the name is a
     * company's (a legal form, gongsi, jituan) or the name is known to be an organisation's: two syllables of a person's
     * name that happen to spell a word of a trade (Wang Ke Ji) leave a person's name as it was.
     *
     * @param tokens lower-case tokens as the name normaliser makes them
     * @param organisation whether the name is known to be an organisation's (its schema says so), when any run joined counts
     */
    public Optional<List<OrgToken>> analyseSyllables(List<String> tokens, boolean organisation) {
        if (tokens == null || !twoSyllablesInARow(tokens)) {
            return Optional.empty();
        }
        List<OrgToken> tagged = latin.tagSyllables(clean(tokens), chinese::isSyllable);
        for (OrgToken t : tagged) {
            if (t.end() - t.start() > t.text().split(" ").length && (organisation || lexicon.latin.get(t.text()).saysCompany())) {
                return Optional.of(tagged);
            }
        }
        return Optional.empty();
    }

    /** The cheap test first: a name of no two single syllables in a row has no run to join. */
    private boolean twoSyllablesInARow(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (chinese.isSyllable(tokens.get(i + 1)) && chinese.isSyllable(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The English words of a Chinese generic word, in pinyin or in characters, as English names of Chinese companies
     * write it (keji and 科技: [technology]; xinnengyuan: [new, energy]); empty when the phrase is no such word.
     *
     * @param phrase a generic phrase as {@link #analyse} or {@link #analyseHan} gives its text
     */
    public List<String> meaning(String phrase) {
        String english = lexicon.meanings.get(phrase);
        if (english == null && Scripts.allHan(phrase)) {
            english = lexicon.meanings.get(chinese.simplified(phrase));
        }
        return english == null ? List.of() : List.of(english.split(" "));
    }

    /**
     * The full word of a word of a generic phrase, as abbreviations.tsv gives it ("co": "company", "intl":
     * "international"), else the word: "Co." and "Company" are one word of a name, not two that disagree.
     */
    public String fullWord(String word) {
        return fullWords.getOrDefault(word, word);
    }

    /**
     * Tags a company name written in Chinese characters (珠海奔图电子有限公司): its trailing legal form,
     * leading places, generic words and the distinctive core (奔图), in order, with start and end as
     * character offsets into {@code han}. Punctuation and brackets separate parts and are left out.
     *
     * @param han the name as written; null or empty gives an empty list
     */
    public List<OrgToken> analyseHan(String han) {
        return han == null || han.isEmpty() ? List.of() : this.han.tag(han);
    }

    /** Whether a tagged word is a connector (of, and, de): a generic word as light as {@link AcronymMatcher#CONNECTOR_WEIGHT}. */
    public static boolean isConnector(OrgToken t) {
        return t.kind() == OrgTokenKind.GENERIC && t.weight() <= AcronymMatcher.CONNECTOR_WEIGHT;
    }

    /**
     * The tokens with each run of two or more single letters that no legal form takes written as one word:
     * "A.B.C." and "A B C" are the acronym ABC, and meet it only when read as one part (so that
     * {@link #isAcronymOf} can also tell what it stands for). A legal form spelt in letters keeps them
     * ("B R C S.A." reads brc, s a).
     *
     * @param companyOnly whether to join only in a name that says it is a company's (a legal form or a generic
     *                    word that is no connector): a name that may be a person's keeps its initials (J. R. R. Tolkien)
     * @return {@code tokens} itself when nothing is joined
     */
    public List<String> joinInitials(List<String> tokens, boolean companyOnly) {
        if (tokens == null || tokens.stream().filter(OrgNames::isLetter).limit(2).count() < 2) {
            return tokens;
        }
        List<String> clean = clean(tokens);
        List<OrgToken> tagged = latin.tag(clean);
        if (companyOnly && tagged.stream().noneMatch(t -> t.kind() == OrgTokenKind.LEGAL_FORM
                || t.kind() == OrgTokenKind.GENERIC && !isConnector(t))) {
            return tokens;
        }
        List<String> out = new ArrayList<>(clean.size());
        StringBuilder run = new StringBuilder();
        for (OrgToken t : tagged) {
            if (t.kind() == OrgTokenKind.OTHER && isLetter(t.text())) {
                run.append(t.text());
                continue;
            }
            if (run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
            out.addAll(clean.subList(t.start(), t.end()));
        }
        if (run.length() > 0) {
            out.add(run.toString());
        }
        return out.size() == clean.size() ? tokens : out;
    }

    private static boolean isLetter(String token) {
        return token != null && token.length() == 1 && Character.isLetter(token.charAt(0));
    }

    /**
     * True when {@code acronym} ("xpcc") is made of the initials of {@code tokens} ([xinjiang,
     * production, and, construction, corps]); connectors and legal forms may be skipped, and an acronym
     * of three or more letters may leave out leading places and trailing generic words. Shorter
     * acronyms must spell the initials of every word exactly.
     */
    public boolean isAcronymOf(String acronym, List<String> tokens) {
        if (acronym == null || tokens == null || tokens.isEmpty()) {
            return false;
        }
        String letters = lettersOf(acronym);
        if (letters.length() < 2 || letters.length() > MAX_ACRONYM || tokens.size() > MAX_ACRONYM_WORDS) {
            return false;
        }
        List<String> clean = clean(tokens);
        return lettersAreInitials(letters, clean) && acronyms.matches(letters, latin.tag(clean), clean);
    }

    /**
     * Whether every letter of the acronym begins some word: an acronym spells initials only, so a name
     * without one of its letters is settled without tagging the name, which screening would otherwise
     * do for every candidate with a short one-word name.
     */
    private static boolean lettersAreInitials(String letters, List<String> words) {
        for (int i = 0; i < letters.length(); i++) {
            if (!isInitial(letters.charAt(i), words)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInitial(char c, List<String> words) {
        for (String w : words) {
            if (!w.isEmpty() && w.charAt(0) == c) {
                return true;
            }
        }
        return false;
    }

    private static List<String> clean(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.add(t == null ? "" : t.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String lettersOf(String s) {
        StringBuilder out = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
