package org.clearance.names.chinese;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chinese personal names in their romanisations: reads a token (joined or hyphenated pinyin,
 * Wade–Giles with or without apostrophes, Gwoyeu Romatzyh, Cantonese and Hokkien surname spellings)
 * as canonical toneless pinyin syllables, reads names written in Han characters, and knows the surnames and how
 * common they are. Immutable and thread-safe; the tables load once, on first use of {@link #get()}.
 */
public final class ChineseNames {
    private static final class Holder {
        static final ChineseNames INSTANCE = new ChineseNames();
    }

    private final SurnameTable surnames;
    private final SyllableReader reader;
    private final HanReader han;
    /** Pinyin syllable to its faithful Wade–Giles spelling (apostrophes kept, ü folded to u as lists write it). */
    private final Map<String, String> wadeGiles;

    private ChineseNames() {
        this.surnames = SurnameTable.load();
        RomanisationTable wg = RomanisationTable.load("wade-giles.tsv");
        this.reader = new SyllableReader(PinyinInventory.load(), List.of(wg, RomanisationTable.load("gwoyeu-romatzyh.tsv")),
                surnames);
        this.han = HanReader.load();
        this.wadeGiles = faithful(wg);
    }

    private static Map<String, String> faithful(RomanisationTable table) {
        Map<String, String> out = new HashMap<>();
        // two spellings of one syllable (ssu, szu): the shorter, then the first alphabetically, so the choice is stable
        Comparator<String> preferred = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
        table.forEach((spelling, readings) -> readings.stream().filter(r -> r.cost() == Costs.WADE_GILES)
                .forEach(r -> out.merge(r.pinyin(), spelling, (a, b) -> preferred.compare(a, b) <= 0 ? a : b)));
        return Map.copyOf(out);
    }

    /** The shared instance. */
    public static ChineseNames get() {
        return Holder.INSTANCE;
    }

    /**
     * The pinyin syllable sequences that one romanised token may stand for, likeliest first: the
     * plain pinyin reading, then Wade–Giles readings (faithful before those assuming a dropped
     * apostrophe or umlaut), Taiwanese Gwoyeu Romatzyh spellings (jeou), and the Mandarin surnames
     * behind a dialect spelling. "hailun" gives
     * [[hai, lun]], "xian" [[xian], [xi, an]], "ch'en" [[chen]], "wong" [[wang], [huang]].
     *
     * @param token one name token, lower-case ASCII; apostrophes and hyphens may be present
     * @return at most 8 readings; empty when the token is no Chinese romanisation ("vladimir")
     */
    public List<List<String>> readings(String token) {
        return reader.readings(token);
    }

    /**
     * Whether a pinyin syllable (or a compound surname written joined, "ouyang") is a common Chinese surname.
     */
    public boolean isSurname(String pinyinSyllable) {
        return pinyinSyllable != null && surnames.isSurname(key(pinyinSyllable));
    }

    /**
     * The share of Chinese people who bear this surname (0.0725 for wang, all surnames read alike
     * added up), for weighting: a match on a rare surname says more than one on a common one.
     *
     * @return a fraction between 0 and 1; 0 when it is no known surname
     */
    public double surnameFrequency(String pinyinSyllable) {
        return pinyinSyllable == null ? 0 : surnames.share(key(pinyinSyllable));
    }

    /**
     * Whether the tokens look like one Chinese name: every token reads as Chinese syllables and one
     * of them can be a surname.
     */
    public boolean isLikelyChineseName(List<String> tokens) {
        if (tokens == null || tokens.isEmpty()) {
            return false;
        }
        boolean surname = false;
        for (String token : tokens) {
            List<List<String>> readings = readings(token);
            if (readings.isEmpty()) {
                return false;
            }
            surname |= readings.stream().anyMatch(r -> isSurname(String.join("", r)));
        }
        return surname;
    }

    /**
     * The toneless pinyin syllables of a name written in Han characters (traditional or simplified),
     * one per character, with the surname read as a surname (单 shan, 曾 zeng, 尉迟 yu chi).
     * Characters of other scripts are skipped.
     */
    public List<String> fromHan(String han) {
        return this.han.syllables(han);
    }

    /**
     * The toneless pinyin of each Han character of a word, in simplified form: the reading of a foreign name
     * transcribed in characters, which has no surname to read otherwise.
     */
    public List<String> characterReadings(String han) {
        return this.han.characterReadings(han);
    }

    /**
     * The Wade–Giles spelling of one toneless pinyin syllable ("zhou" gives "chou", "qing" "ch'ing"), as
     * {@code wade-giles.tsv} writes it with its apostrophes; empty when it is no pinyin syllable.
     */
    public Optional<String> wadeGiles(String pinyinSyllable) {
        return Optional.ofNullable(wadeGiles.get(key(pinyinSyllable)));
    }

    private static String key(String pinyin) {
        return pinyin.strip().replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
