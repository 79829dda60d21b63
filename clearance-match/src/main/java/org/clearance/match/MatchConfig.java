package org.clearance.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Every setting that changes a screening decision, declared once in {@link #SETTINGS}, and one set of
 * their values. A request may pass its own copy; {@link #DEFAULT} is what the command line and the API
 * use when it does not. The command line ({@code --threshold}, {@code --cutoff}, {@code --set}), the Spark job
 * (the same options) and the API ({@code threshold}, {@code cutoff}, the body's {@code config} and {@code weights})
 * all merge their overrides through {@link #with(Map, Double, Double)}, so that they check and combine them alike.
 *
 * <p>The values are plain fields behind accessors: the scorer reads several per comparison of two
 * names, thousands of times per screening, where a lookup by name would show.
 *
 * <p>The table's order is fixed and documented (it is the order of {@code clearance match --settings}):
 * decision; name scoring (pairing, spelling, readings, abjad and transcribed words, parts left over, whole names);
 * qualifiers; identifiers; part weights; retrieval.
 */
public final class MatchConfig {
    // decision
    public static final Setting THRESHOLD = Setting.decimal("threshold", 0.70, 0, 1,
            "A candidate scoring at least this is a match; 0.70 is yente's default, so that clients moving from it see the same cut.");
    public static final Setting CUTOFF = Setting.decimal("cutoff", 0.50, 0, 1,
            "Candidates scoring below this are not reported at all; 0.50 is yente's default, and a threshold given below it "
                    + "lowers it to the threshold, so that every match is reported.");
    // name scoring
    public static final Setting EXTRA_QUERY_WEIGHT = Setting.decimal("extraQueryWeight", 0.8, 0, 2,
            "How much a query name part that found no partner counts against the score, relative to a paired part; 0.8 "
                    + "(as logic-v2) because a part the user typed and the entry lacks is strong evidence of another party.");
    public static final Setting EXTRA_RESULT_WEIGHT = Setting.decimal("extraResultWeight", 0.2, 0, 2,
            "How much an entry's name part that found no partner counts against the score; 0.2 because lists carry "
                    + "patronymics, middle and tribal names that users rarely know.");
    public static final Setting CONFLICT_WEIGHT = Setting.decimal("conflictWeight", 0.8, 0, 1,
            "The least weight of an unpaired query part when the entry's name has unpaired parts too; 0.8 because then the "
                    + "names disagree ('Ali' against 'Mohammad'), which is evidence of another party however common the parts are.");
    public static final Setting PART_CONFLICT = Setting.decimal("partConflict", 0.15, 0, 1,
            "Subtracted from a name score when each name holds a distinctive part (one that fewer than about a hundred list "
                    + "names carry) that the other lacks and does not nearly spell, or when two Chinese names leave a syllable "
                    + "over: another family, tribal or given name is evidence of another party however many other parts agree; 0.15 takes a pairing of four parts in five "
                    + "(0.78) below the threshold and leaves one of five in six a match (not taken from name scores already below the "
                    + "cutoff, which are not reported).");
    public static final Setting MIN_TOKEN_SIMILARITY = Setting.decimal("minTokenSimilarity", 0.86, 0, 1,
            "Two name parts less alike than this (Jaro-Winkler) are not paired at all; 0.86 pairs a typo in a longer part "
                    + "and keeps unlike parts apart.");
    public static final Setting MIN_CROSS_SCRIPT = Setting.decimal("minCrossScript", 0.75, 0, 1,
            "Across lossy scripts (Hebrew, Arabic, Han, Hangul against Latin) the least similarity of the names' consonant "
                    + "skeletons that counts as a name score; 0.75 because transliteration bends vowels and some consonants.");
    // spelling of one name part against another (TokenSimilarity)
    public static final Setting MIN_FUZZY_LENGTH = Setting.whole("minFuzzyLength", 4, 1, 20,
            "Name parts shorter than this pair only when spelt alike; 4 because Jaro-Winkler rates short strings too high and "
                    + "one letter makes another short name (Li, Lu).");
    public static final Setting MIN_LENGTH_RATIO = Setting.decimal("minLengthRatio", 0.75, 0, 1,
            "The shorter of two parts must be at least this share of the longer's length to be a spelling of it; 0.75 so that "
                    + "'salman' is no typo of 'salmanovich'.");
    public static final Setting EDIT_BUDGET_BASE = Setting.decimal("editBudgetBase", 2.35, 1.5, 10,
            "The edits a near spelling may differ by are the logarithm in this base of the longer part's length less two: "
                    + "2.35 allows none up to four letters, one up to seven and two up to fourteen, as nomenklatura's logic-v2 "
                    + "budgets them, since one letter makes another short name (Omar, Amar).");
    public static final Setting PHONETIC_MATCH = Setting.decimal("phoneticMatch", 0.87, 0, 1,
            "The similarity of two parts with one Double Metaphone code (Marc, Mark; Eric, Erik); 0.87, above "
                    + "minTokenSimilarity so that the two pair, and below a short form and a known reading, because the "
                    + "code merges some different names.");
    public static final Setting MIN_PHONETIC_SPELLING = Setting.decimal("minPhoneticSpelling", 0.75, 0, 1,
            "Sounding alike counts only for spellings at least this close (Jaro-Winkler); 0.75 because Double Metaphone "
                    + "gives 'Lise' and 'Luis', 'Diego' and 'Duque' one code.");
    public static final Setting INITIAL_MATCH = Setting.decimal("initialMatch", 0.6, 0, 1,
            "The similarity of an initial and a word it may stand for ('J' for 'John'); 0.6, a likely but unsure pair, which "
                    + "pairs below minTokenSimilarity because it is an initial.");
    // readings of one name in other romanisations or scripts (NameScorer)
    public static final Setting READING_MATCH = Setting.decimal("readingMatch", 0.95, 0, 1,
            "The similarity of two parts that are readings of one name in different romanisations or scripts (Wade-Giles "
                    + "and pinyin, a Hangul syllable's spellings); 0.95, near-certain and still below the same spelling.");
    public static final Setting CROSS_KEY_MATCH = Setting.decimal("crossKeyMatch", 0.9, 0, 1,
            "The similarity of a part read from Han characters and a Latin part with the same Uyghur phonetic key (Tuniyazi, "
                    + "Tuniyaz); 0.9, below a known reading, because the key is coarse.");
    public static final Setting SHORT_FORM_MATCH = Setting.decimal("shortFormMatch", 0.88, 0, 1,
            "The similarity of a given name and its short form (Bill and William, names.ShortForms); 0.88, above "
                    + "minTokenSimilarity so that the two pair, and below a reading, since a short form stands for several names "
                    + "and is a name of its own too.");
    public static final Setting KNOWN_NAME_WEIGHT = Setting.decimal("knownNameWeight", 0.9, 0, 1,
            "A person's name part weighing at most this is a name the lists know (with the default part weights, one "
                    + "carried by about six list names or more): a near spelling of it with another ending that is known too is "
                    + "another name (Martin and Martinez, Mario and Maria), not a typo; 0.9 leaves a part listed once or never "
                    + "(Danielle) a possible typo.");
    // a word in Arabic or Hebrew script against a Latin part, costs in tenths of an edit (NameScorer, AbjadAlignment)
    public static final Setting ABJAD_MATCH = Setting.decimal("abjadMatch", 0.93, 0, 1,
            "The similarity of a Latin part that spells every letter of a word in an abjad; 0.93, below a known reading, "
                    + "because the short vowels the script leaves out may differ (Omar, Amr).");
    public static final Setting ABJAD_COST_STEP = Setting.decimal("abjadCostStep", 0.008, 0, 0.1,
            "The similarity an abjad word's Latin spelling loses per tenth of an edit; 0.008 puts a long vowel left "
                    + "unwritten at 0.88, a pair still above minTokenSimilarity.");
    public static final Setting ABJAD_LONG_WORD = Setting.whole("abjadLongWord", 5, 1, 20,
            "Abjad words of at least this many letters may differ from the Latin part by abjadLongBudget; 5, since in "
                    + "shorter words the vowels the Latin adds already let many names meet.");
    public static final Setting ABJAD_LONG_BUDGET = Setting.whole("abjadLongBudget", 6, 0, 30,
            "A long abjad word's budget, in tenths of an edit; 6, a long vowel or two glides, never a consonant.");
    public static final Setting ABJAD_EXACT_WORD = Setting.whole("abjadExactWord", 3, 0, 20,
            "Abjad words of at most this many letters must be spelt exactly; 3 because, with the vowels free, three "
                    + "letters meet many names.");
    public static final Setting ABJAD_SHORT_BUDGET = Setting.whole("abjadShortBudget", 3, 0, 30,
            "The budget of an abjad word longer than abjadExactWord and shorter than abjadLongWord, in tenths of an edit; "
                    + "3, a Latin glide (h, w, y) or a diphthong at most.");
    public static final Setting ABJAD_ARTICLE_LEFT_OUT = Setting.whole("abjadArticleLeftOut", 1, 0, 30,
            "The cost, in tenths of an edit, of an article (al-) that the Latin part leaves out (al-Sudairi as Sudairi); 1, "
                    + "the least there is, so that where the Latin writes the article apart ('al Sudairi') both Latin parts "
                    + "pair with the word and leave no 'al' over.");
    // a foreign name as katakana, Hangul or Han transcribe it, against a Latin part (NameScorer, TranscribedAlignment)
    public static final Setting TRANSCRIBED_MATCH = Setting.decimal("transcribedMatch", 0.93, 0, 1,
            "The similarity of a Latin part that spells every written sound of a transcribed word; 0.93, as sure as an "
                    + "abjad spelling, because the script merges what Latin tells apart (l and r; the vowels).");
    public static final Setting TRANSCRIBED_COST_STEP = Setting.decimal("transcribedCostStep", 0.008, 0, 0.1,
            "The similarity a transcribed word's Latin spelling loses per tenth of an edit; 0.008 puts two changed vowels "
                    + "at 0.866, just above minTokenSimilarity.");
    public static final Setting TRANSCRIBED_LONG_WORD = Setting.whole("transcribedLongWord", 4, 1, 20,
            "Transcribed words writing at least this many consonants may differ by transcribedLongBudget, those of one "
                    + "fewer by transcribedMiddleBudget; 4, since shorter words bent further meet other names (Mark, Mike).");
    public static final Setting TRANSCRIBED_LONG_BUDGET = Setting.whole("transcribedLongBudget", 8, 0, 30,
            "A long transcribed word's budget, in tenths of an edit; 8, two changed vowels, never a consonant.");
    public static final Setting TRANSCRIBED_MIDDLE_BUDGET = Setting.whole("transcribedMiddleBudget", 5, 0, 30,
            "The budget of a transcribed word of one consonant fewer than transcribedLongWord, in tenths of an edit; 5, one "
                    + "changed vowel or one Latin letter the script does not write, not a vowel left out (Faisal, not Fazal).");
    public static final Setting TRANSCRIBED_SHORT_BUDGET = Setting.whole("transcribedShortBudget", 3, 0, 30,
            "The budget of a shorter transcribed word, in tenths of an edit; 3, only a Latin letter the script does not "
                    + "write (kh, a silent e, an r).");
    // parts left over (NameScorer)
    public static final Setting DISTINCTIVE_WEIGHT = Setting.decimal("distinctiveWeight", 0.5, 0, 1,
            "The least weight of a distinctive part, one whose being left over on both sides is a partConflict; 0.5, carried "
                    + "by fewer than about a hundred list names, so that Mohammed, Ali or Khan left over is no conflict.");
    public static final Setting NEAR_SPELLING = Setting.decimal("nearSpelling", 0.8, 0, 1,
            "Two distinctive parts left over at least this alike (Jaro-Winkler) are a typo the pairing did not trust, no "
                    + "partConflict; 0.8, below minTokenSimilarity (Niimat, Niamat).");
    public static final Setting MIN_CONFLICT_WEIGHT = Setting.decimal("minConflictWeight", 0.1, 0, 1,
            "Parts lighter than this, left over beside a name of one part, make no conflict, and are no names the lists "
                    + "know (knownNameWeight); 0.1, above titleWeight and below tokenWeightFloor, so that only titles, "
                    + "connectors and legal forms are.");
    // whole names (NameScorer)
    public static final Setting ACRONYM_MATCH = Setting.decimal("acronymMatch", 0.85, 0, 1,
            "The score of a one-part name that spells the other's initials (XPCC); 0.85, a match, but below a pairing of "
                    + "the words, because lists reuse short acronyms.");
    public static final Setting MIN_SKELETON = Setting.whole("minSkeleton", 5, 1, 50,
            "Whole-name consonant skeletons shorter than this are not compared across scripts (minCrossScript); 5, since "
                    + "four consonants match unrelated names too often.");
    // qualifiers
    public static final Setting DOB_YEAR_MISMATCH = Setting.decimal("dobYearMismatch", 0.15, 0, 1,
            "Subtracted when every birth date on both sides differs in the year; 0.15 leaves a perfect name a match (0.85) "
                    + "and takes a fair one (0.80) below the threshold.");
    public static final Setting DOB_DAY_MISMATCH = Setting.decimal("dobDayMismatch", 0.10, 0, 1,
            "Subtracted when the years agree but the known months or days differ; 0.10, less than a year's difference, "
                    + "because day and month are more often wrong or swapped than the year.");
    public static final Setting COUNTRY_MISMATCH = Setting.decimal("countryMismatch", 0.10, 0, 1,
            "Subtracted when both sides name countries and none is shared; 0.10 because parties move and lists name "
                    + "only some of their countries.");
    public static final Setting GENDER_MISMATCH = Setting.decimal("genderMismatch", 0.20, 0, 1,
            "Subtracted when both sides state a gender and they differ; 0.20 because a stated gender rarely differs for "
                    + "the same person.");
    public static final Setting NUMBER_MISMATCH = Setting.decimal("numberMismatch", 0.30, 0, 1,
            "Subtracted from a name score when each name holds a number the other lacks ('Fund No. 2' against 'Fund No. 3', "
                    + "'Henry VII' against 'Henry VIII'); 0.30 because the number is what tells apart funds, units, vessels and "
                    + "generations that share every other word, and it takes even a pairing perfect in the rest below the threshold.");
    // identifiers
    public static final Setting IDENTIFIER_MATCH = Setting.decimal("identifierMatch", 0.95, 0, 1,
            "The least score of a candidate sharing an identifier (passport, IMO, USCC...) with the query; 0.95 because an "
                    + "exact identifier is evidence on its own, and below 1 so that a perfect name ranks above an unlike one.");
    // part weights: applied when names are prepared, to query and entry alike (see MatchIndex)
    public static final Setting TOKEN_WEIGHT_FLOOR = Setting.decimal("tokenWeightFloor", 0.3, 0, 1,
            "The least weight of a name part however many list names carry it; 0.3 so that 'co' or 'mohammad' still count "
                    + "but cannot carry a match alone (applied when names are prepared: a value other than the index's "
                    + "prepares the candidates' names again per query, which is slower).");
    public static final Setting TOKEN_WEIGHT_SLOPE = Setting.decimal("tokenWeightSlope", 0.15, 0, 1,
            "Weight a name part loses per natural-log unit of the number of list names carrying it; 0.15 puts a part of 100 "
                    + "names near 0.5 and one of 1,000 at the floor (applied when names are prepared, as tokenWeightFloor).");
    public static final Setting TOKEN_WEIGHT_START = Setting.decimal("tokenWeightStart", 1.2, 0, 3,
            "The weight before the slope is taken off, capped at 1; 1.2 so that a part carried by a couple of names weighs "
                    + "as much as a unique one (applied when names are prepared, as tokenWeightFloor).");
    public static final Setting TITLE_WEIGHT = Setting.decimal("titleWeight", 0.05, 0, 1,
            "The weight of a title ('Mr.', 'Sheikh', 'General') in a person's name of several parts; 0.05 because a title "
                    + "says nothing about who a person is (applied when names are prepared, as tokenWeightFloor).");
    public static final Setting ABJAD_WEIGHT = Setting.decimal("abjadWeight", 0.7, 0, 1,
            "The most a word in an abjad or transcribed weighs, since its consonants say less than a Latin spelling (Hamid, "
                    + "Ahmad) and a rare one would weigh as the rarest name; 0.7, as a Latin part of about 30 list names, so that "
                    + "an unpaired one does not sink a true match (applied when names are prepared, as tokenWeightFloor).");
    public static final Setting MIN_CONSONANT_KEY = Setting.whole("minConsonantKey", 3, 1, 20,
            "An abjad word whose consonant key is shorter than this weighs as a rare part, not by the list names sharing its "
                    + "key; 3, since keys such as Ali's 'l' or Ofer's 'fr' are shared by unrelated names (applied when names are "
                    + "prepared, as tokenWeightFloor).");
    // retrieval
    public static final Setting CANDIDATES = Setting.whole("candidates", 50, 1, 1000,
            "Candidates retrieved per query before scoring; 50 because scoring them is most of a screening's cost, and "
                    + "monitoring measured pages of 50 finding what pages of 500 found.");
    public static final Setting BOOST_TOKEN = Setting.decimal("boostToken", 3, 0, 100,
            "Retrieval weight of a name part the entry has exactly; 3, above a sound-alike, because an exact part says most.");
    public static final Setting BOOST_PHONETIC = Setting.decimal("boostPhonetic", 1, 0, 100,
            "Retrieval weight of a part that sounds alike (Double Metaphone, Uyghur key); 1, between exact part and trigram.");
    public static final Setting BOOST_GRAM = Setting.decimal("boostGram", 0.2, 0, 100,
            "Retrieval weight of a shared character trigram of a long part; 0.2 because trigrams find typos but many "
                    + "unrelated names share some.");
    public static final Setting BOOST_IDENTIFIER = Setting.decimal("boostIdentifier", 10, 0, 100,
            "Retrieval weight of a shared identifier; 10 so that an entry with the query's identifier is always among the "
                    + "candidates, whatever its names.");

    /** Every setting, in the documented order. */
    public static final List<Setting> SETTINGS = List.of(THRESHOLD, CUTOFF, EXTRA_QUERY_WEIGHT, EXTRA_RESULT_WEIGHT,
            CONFLICT_WEIGHT, PART_CONFLICT, MIN_TOKEN_SIMILARITY, MIN_CROSS_SCRIPT, MIN_FUZZY_LENGTH, MIN_LENGTH_RATIO, EDIT_BUDGET_BASE,
            PHONETIC_MATCH, MIN_PHONETIC_SPELLING, INITIAL_MATCH, READING_MATCH, CROSS_KEY_MATCH, SHORT_FORM_MATCH, KNOWN_NAME_WEIGHT, ABJAD_MATCH, ABJAD_COST_STEP,
            ABJAD_LONG_WORD, ABJAD_LONG_BUDGET, ABJAD_EXACT_WORD, ABJAD_SHORT_BUDGET, ABJAD_ARTICLE_LEFT_OUT, TRANSCRIBED_MATCH,
            TRANSCRIBED_COST_STEP, TRANSCRIBED_LONG_WORD, TRANSCRIBED_LONG_BUDGET, TRANSCRIBED_MIDDLE_BUDGET, TRANSCRIBED_SHORT_BUDGET,
            DISTINCTIVE_WEIGHT, NEAR_SPELLING, MIN_CONFLICT_WEIGHT, ACRONYM_MATCH, MIN_SKELETON, DOB_YEAR_MISMATCH, DOB_DAY_MISMATCH, COUNTRY_MISMATCH,
            GENDER_MISMATCH, NUMBER_MISMATCH, IDENTIFIER_MATCH, TOKEN_WEIGHT_FLOOR, TOKEN_WEIGHT_SLOPE, TOKEN_WEIGHT_START, TITLE_WEIGHT,
            ABJAD_WEIGHT, MIN_CONSONANT_KEY, CANDIDATES, BOOST_TOKEN, BOOST_PHONETIC, BOOST_GRAM, BOOST_IDENTIFIER);

    private static final Map<String, Integer> POSITION = positions();

    /** The declared defaults. */
    public static final MatchConfig DEFAULT = new MatchConfig(SETTINGS.stream().mapToDouble(Setting::defaultValue).toArray());

    /** Every value, in {@link #SETTINGS} order: for {@link #value}, {@link #with} and equality. */
    private final double[] values;
    private final double threshold;
    private final double cutoff;
    private final double extraQueryWeight;
    private final double extraResultWeight;
    private final double conflictWeight;
    private final double minTokenSimilarity;
    private final double minCrossScript;
    private final int minFuzzyLength;
    private final double minLengthRatio;
    private final double editBudgetBase;
    private final double phoneticMatch;
    private final double minPhoneticSpelling;
    private final double initialMatch;
    private final double readingMatch;
    private final double shortFormMatch;
    private final double knownNameWeight;
    private final double crossKeyMatch;
    private final double abjadMatch;
    private final double abjadCostStep;
    private final int abjadLongWord;
    private final int abjadLongBudget;
    private final int abjadExactWord;
    private final int abjadShortBudget;
    private final int abjadArticleLeftOut;
    private final double transcribedMatch;
    private final double transcribedCostStep;
    private final int transcribedLongWord;
    private final int transcribedLongBudget;
    private final int transcribedMiddleBudget;
    private final int transcribedShortBudget;
    private final double distinctiveWeight;
    private final double nearSpelling;
    private final double minConflictWeight;
    private final double acronymMatch;
    private final int minSkeleton;
    private final double dobYearMismatch;
    private final double dobDayMismatch;
    private final double countryMismatch;
    private final double genderMismatch;
    private final double numberMismatch;
    private final double partConflict;
    private final double identifierMatch;
    private final double tokenWeightFloor;
    private final double tokenWeightSlope;
    private final double tokenWeightStart;
    private final double titleWeight;
    private final double abjadWeight;
    private final int minConsonantKey;
    private final int candidates;
    private final double boostToken;
    private final double boostPhonetic;
    private final double boostGram;
    private final double boostIdentifier;

    /** @param values checked already, in {@link #SETTINGS} order; kept, not copied, so callers hand over a fresh array */
    private MatchConfig(double[] values) {
        this.values = values;
        threshold = values[at(THRESHOLD)];
        cutoff = values[at(CUTOFF)];
        extraQueryWeight = values[at(EXTRA_QUERY_WEIGHT)];
        extraResultWeight = values[at(EXTRA_RESULT_WEIGHT)];
        conflictWeight = values[at(CONFLICT_WEIGHT)];
        minTokenSimilarity = values[at(MIN_TOKEN_SIMILARITY)];
        minCrossScript = values[at(MIN_CROSS_SCRIPT)];
        minFuzzyLength = (int) values[at(MIN_FUZZY_LENGTH)];
        minLengthRatio = values[at(MIN_LENGTH_RATIO)];
        editBudgetBase = values[at(EDIT_BUDGET_BASE)];
        phoneticMatch = values[at(PHONETIC_MATCH)];
        minPhoneticSpelling = values[at(MIN_PHONETIC_SPELLING)];
        initialMatch = values[at(INITIAL_MATCH)];
        readingMatch = values[at(READING_MATCH)];
        shortFormMatch = values[at(SHORT_FORM_MATCH)];
        knownNameWeight = values[at(KNOWN_NAME_WEIGHT)];
        crossKeyMatch = values[at(CROSS_KEY_MATCH)];
        abjadMatch = values[at(ABJAD_MATCH)];
        abjadCostStep = values[at(ABJAD_COST_STEP)];
        abjadLongWord = (int) values[at(ABJAD_LONG_WORD)];
        abjadLongBudget = (int) values[at(ABJAD_LONG_BUDGET)];
        abjadExactWord = (int) values[at(ABJAD_EXACT_WORD)];
        abjadShortBudget = (int) values[at(ABJAD_SHORT_BUDGET)];
        abjadArticleLeftOut = (int) values[at(ABJAD_ARTICLE_LEFT_OUT)];
        transcribedMatch = values[at(TRANSCRIBED_MATCH)];
        transcribedCostStep = values[at(TRANSCRIBED_COST_STEP)];
        transcribedLongWord = (int) values[at(TRANSCRIBED_LONG_WORD)];
        transcribedLongBudget = (int) values[at(TRANSCRIBED_LONG_BUDGET)];
        transcribedMiddleBudget = (int) values[at(TRANSCRIBED_MIDDLE_BUDGET)];
        transcribedShortBudget = (int) values[at(TRANSCRIBED_SHORT_BUDGET)];
        distinctiveWeight = values[at(DISTINCTIVE_WEIGHT)];
        nearSpelling = values[at(NEAR_SPELLING)];
        minConflictWeight = values[at(MIN_CONFLICT_WEIGHT)];
        acronymMatch = values[at(ACRONYM_MATCH)];
        minSkeleton = (int) values[at(MIN_SKELETON)];
        dobYearMismatch = values[at(DOB_YEAR_MISMATCH)];
        dobDayMismatch = values[at(DOB_DAY_MISMATCH)];
        countryMismatch = values[at(COUNTRY_MISMATCH)];
        genderMismatch = values[at(GENDER_MISMATCH)];
        numberMismatch = values[at(NUMBER_MISMATCH)];
        partConflict = values[at(PART_CONFLICT)];
        identifierMatch = values[at(IDENTIFIER_MATCH)];
        tokenWeightFloor = values[at(TOKEN_WEIGHT_FLOOR)];
        tokenWeightSlope = values[at(TOKEN_WEIGHT_SLOPE)];
        tokenWeightStart = values[at(TOKEN_WEIGHT_START)];
        titleWeight = values[at(TITLE_WEIGHT)];
        abjadWeight = values[at(ABJAD_WEIGHT)];
        minConsonantKey = (int) values[at(MIN_CONSONANT_KEY)];
        candidates = (int) values[at(CANDIDATES)];
        boostToken = values[at(BOOST_TOKEN)];
        boostPhonetic = values[at(BOOST_PHONETIC)];
        boostGram = values[at(BOOST_GRAM)];
        boostIdentifier = values[at(BOOST_IDENTIFIER)];
    }

    private static Map<String, Integer> positions() {
        Map<String, Integer> p = new HashMap<>();
        for (int i = 0; i < SETTINGS.size(); i++) {
            if (p.put(SETTINGS.get(i).name(), i) != null) {
                throw new IllegalStateException("setting declared twice: " + SETTINGS.get(i).name());
            }
        }
        return Map.copyOf(p);
    }

    private static int at(Setting s) {
        return POSITION.get(s.name());
    }

    /** The declared setting of this name, as requests write it. */
    public static Optional<Setting> setting(String name) {
        Integer i = POSITION.get(name);
        return i == null ? Optional.empty() : Optional.of(SETTINGS.get(i));
    }

    /** This configuration's value of {@code s}. */
    public double value(Setting s) {
        return values[at(s)];
    }

    /**
     * This configuration with some values replaced, by setting name ({@code threshold=0.8},
     * {@code extraQueryWeight=0.6}), as a request or the command line gives them; the rule of
     * {@link #with(Map, boolean)} applies.
     *
     * @throws IllegalArgumentException naming an unknown setting (with the known ones, and the nearest
     *                                  when one is close), or a value that is not a number or out of range
     *                                  (with the setting, the value and the range)
     */
    public MatchConfig with(Map<String, String> overrides) {
        return apply(parse(overrides));
    }

    private static Map<Setting, Double> parse(Map<String, String> overrides) {
        Map<Setting, Double> parsed = new LinkedHashMap<>();
        for (var e : overrides.entrySet()) {
            Setting s = setting(e.getKey()).orElseThrow(() -> unknown(e.getKey()));
            parsed.put(s, s.parse(e.getValue()));
        }
        return parsed;
    }

    /**
     * The one rule of merging: the named values replace this configuration's, then a threshold given
     * lowers the cutoff to itself when the cutoff is above it, so that every match is also reported (a
     * cutoff above the threshold would hide matches). A cutoff alone is taken as given.
     */
    private MatchConfig apply(Map<Setting, Double> parsed) {
        if (parsed.isEmpty()) {
            return this;
        }
        double[] v = values.clone();
        parsed.forEach((s, d) -> v[at(s)] = d);
        if (parsed.containsKey(THRESHOLD) && v[at(CUTOFF)] > v[at(THRESHOLD)]) {
            v[at(CUTOFF)] = v[at(THRESHOLD)];
        }
        return new MatchConfig(v);
    }

    /**
     * What one request gives, merged by the one rule of every edge (the command line's {@code --set}, {@code --threshold}
     * and {@code --cutoff}; the API's {@code weights}, {@code config}, {@code threshold} and {@code cutoff}; the Spark
     * job's options): the settings by name, then the cutoff and the threshold where given, which win over the same names
     * among the settings; then the rule of {@link #apply}, a threshold given lowering a cutoff above it. A threshold or
     * cutoff not given is the setting's, or this configuration's, and moves nothing.
     *
     * @param threshold null when not given
     * @param cutoff    null when not given
     * @throws IllegalArgumentException as {@link #with(Map)}
     */
    public MatchConfig with(Map<String, String> settings, Double threshold, Double cutoff) {
        Map<Setting, Double> parsed = parse(settings);
        if (cutoff != null) {
            parsed.put(CUTOFF, CUTOFF.check(cutoff));
        }
        if (threshold != null) {
            parsed.put(THRESHOLD, THRESHOLD.check(threshold));
        }
        return apply(parsed);
    }

    /** {@link #with(Map)} with the threshold alone: the cutoff follows it down when above it. */
    public MatchConfig withThreshold(double t) {
        return apply(Map.of(THRESHOLD, THRESHOLD.check(t)));
    }

    /** {@link #with(Map)} with the cutoff alone. */
    public MatchConfig withCutoff(double c) {
        return apply(Map.of(CUTOFF, CUTOFF.check(c)));
    }

    private static IllegalArgumentException unknown(String name) {
        List<String> names = SETTINGS.stream().map(Setting::name).toList();
        String nearest = nearest(name, names);
        return new IllegalArgumentException("unknown setting '" + name + "'"
                + (nearest == null ? "" : " (did you mean '" + nearest + "'?)") + "; settings: " + String.join(", ", names));
    }

    /** The known name closest to a misspelt one, when it is close enough to be what was meant; else null. */
    static String nearest(String name, List<String> names) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String n : names) {
            int d = distance.apply(lower, n.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        // a third of the letters wrong is still a misspelling ("treshold", "extraQueryWeigth"); more is another word
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    public double threshold() {
        return threshold;
    }

    public double cutoff() {
        return cutoff;
    }

    public double extraQueryWeight() {
        return extraQueryWeight;
    }

    public double extraResultWeight() {
        return extraResultWeight;
    }

    public double conflictWeight() {
        return conflictWeight;
    }

    public double minTokenSimilarity() {
        return minTokenSimilarity;
    }

    public double minCrossScript() {
        return minCrossScript;
    }

    public int minFuzzyLength() {
        return minFuzzyLength;
    }

    public double minLengthRatio() {
        return minLengthRatio;
    }

    public double editBudgetBase() {
        return editBudgetBase;
    }

    public double phoneticMatch() {
        return phoneticMatch;
    }

    public double minPhoneticSpelling() {
        return minPhoneticSpelling;
    }

    public double initialMatch() {
        return initialMatch;
    }

    public double readingMatch() {
        return readingMatch;
    }

    public double shortFormMatch() {
        return shortFormMatch;
    }

    public double knownNameWeight() {
        return knownNameWeight;
    }

    public double crossKeyMatch() {
        return crossKeyMatch;
    }

    public double abjadMatch() {
        return abjadMatch;
    }

    public double abjadCostStep() {
        return abjadCostStep;
    }

    public int abjadLongWord() {
        return abjadLongWord;
    }

    public int abjadLongBudget() {
        return abjadLongBudget;
    }

    public int abjadExactWord() {
        return abjadExactWord;
    }

    public int abjadShortBudget() {
        return abjadShortBudget;
    }

    public int abjadArticleLeftOut() {
        return abjadArticleLeftOut;
    }

    public double transcribedMatch() {
        return transcribedMatch;
    }

    public double transcribedCostStep() {
        return transcribedCostStep;
    }

    public int transcribedLongWord() {
        return transcribedLongWord;
    }

    public int transcribedLongBudget() {
        return transcribedLongBudget;
    }

    public int transcribedMiddleBudget() {
        return transcribedMiddleBudget;
    }

    public int transcribedShortBudget() {
        return transcribedShortBudget;
    }

    public double distinctiveWeight() {
        return distinctiveWeight;
    }

    public double nearSpelling() {
        return nearSpelling;
    }

    public double minConflictWeight() {
        return minConflictWeight;
    }

    public double acronymMatch() {
        return acronymMatch;
    }

    public int minSkeleton() {
        return minSkeleton;
    }

    public double dobYearMismatch() {
        return dobYearMismatch;
    }

    public double dobDayMismatch() {
        return dobDayMismatch;
    }

    public double countryMismatch() {
        return countryMismatch;
    }

    public double genderMismatch() {
        return genderMismatch;
    }

    public double numberMismatch() {
        return numberMismatch;
    }

    public double partConflict() {
        return partConflict;
    }

    public double identifierMatch() {
        return identifierMatch;
    }

    public double tokenWeightFloor() {
        return tokenWeightFloor;
    }

    public double tokenWeightSlope() {
        return tokenWeightSlope;
    }

    public double tokenWeightStart() {
        return tokenWeightStart;
    }

    public double titleWeight() {
        return titleWeight;
    }

    public double abjadWeight() {
        return abjadWeight;
    }

    public int minConsonantKey() {
        return minConsonantKey;
    }

    public int candidates() {
        return candidates;
    }

    public double boostToken() {
        return boostToken;
    }

    public double boostPhonetic() {
        return boostPhonetic;
    }

    public double boostGram() {
        return boostGram;
    }

    public double boostIdentifier() {
        return boostIdentifier;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchConfig c && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(SETTINGS.size());
        for (Setting s : SETTINGS) {
            parts.add(s.name() + "=" + s.format(value(s)));
        }
        return "MatchConfig[" + String.join(", ", parts) + "]";
    }
}
