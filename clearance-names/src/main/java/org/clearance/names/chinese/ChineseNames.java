package org.clearance.names.chinese;

import java.util.List;
import java.util.Locale;

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

    private ChineseNames() {
        this.surnames = SurnameTable.load();
        this.reader = new SyllableReader(PinyinInventory.load(),
                List.of(RomanisationTable.load("wade-giles.tsv"), RomanisationTable.load("gwoyeu-romatzyh.tsv")),
                surnames);
        this.han = HanReader.load();
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

    private static String key(String pinyin) {
        return pinyin.strip().replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
