package org.clearance.names.chinese;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearance.names.Memo;
import org.clearance.names.NameText;

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
    private final CantoneseTable cantonese;
    private final PinyinInventory pinyin;
    private final PalladiusReader palladius;
    /** Pinyin syllable to its faithful Wade–Giles spelling (apostrophes kept, ü folded to u as lists write it). */
    private final Map<String, String> wadeGiles;
    /**
     * Readings by token: every part of every name screened is read, a segmentation in several systems each time,
     * and the same parts recur across queries and list names.
     */
    private final Memo<String, List<List<String>>> readings;
    private final Memo<String, List<List<String>>> systematicReadings;

    private ChineseNames() {
        this.surnames = SurnameTable.load();
        RomanisationTable wg = RomanisationTable.load("wade-giles.tsv");
        this.pinyin = PinyinInventory.load();
        this.palladius = PalladiusReader.load();
        this.reader = new SyllableReader(pinyin, List.of(wg, RomanisationTable.load("gwoyeu-romatzyh.tsv")),
                surnames);
        this.han = HanReader.load();
        this.cantonese = CantoneseTable.load();
        this.wadeGiles = faithful(wg);
        this.readings = new Memo<>(MAX_REMEMBERED_TOKENS, t -> reader.readings(t, true));
        this.systematicReadings = new Memo<>(MAX_REMEMBERED_TOKENS, t -> reader.readings(t, false));
    }

    /** Tokens whose readings are remembered at most, each way: a few MB. */
    private static final int MAX_REMEMBERED_TOKENS = 50_000;

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
        return token == null ? List.of() : readings.get(token);
    }

    /**
     * The readings of a romanised token in the romanisation systems alone (pinyin, Wade–Giles, Gwoyeu Romatzyh),
     * with the spellings of compound surnames (auyeung): what a syllable read from characters can be written as
     * in any of its syllables. A dialect spelling of a one-character surname (wong, yin, chin) is no system's: it
     * writes particular surnames ({@link #surnameCharacters}), and read as their pinyin it would let the Cantonese
     * surname Yin (鄢) stand for the given name Yan (燕) of 秦燕.
     */
    public List<List<String>> systematicReadings(String token) {
        return token == null ? List.of() : systematicReadings.get(token);
    }

    /**
     * The one-character surnames, in simplified characters, that a dialect or diaspora spelling writes
     * ({@code surnames.tsv}: yin is 鄢, wong 王 and 黄, lee 李); empty when it writes none.
     */
    public Set<String> surnameCharacters(String spelling) {
        return spelling == null ? Set.of() : surnames.charactersOf(key(spelling));
    }

    /**
     * The surname a Chinese name in characters begins with, as one simplified character of {@code surnames.tsv};
     * empty when the name begins with a compound surname (its spellings read as pinyin), with no known surname, is
     * a foreign name transcribed (a middle dot) or has no given name after the surname.
     */
    public Optional<String> surnameCharacter(String han) {
        String chars = this.han.nameCharacters(han);
        if (chars.codePointCount(0, chars.length()) < 2) {
            return Optional.empty();
        }
        String first = chars.substring(0, chars.offsetByCodePoints(0, 1));
        String two = chars.substring(0, chars.offsetByCodePoints(0, 2));
        return surnames.isSurnameCharacters(two) || !surnames.isSurnameCharacters(first) ? Optional.empty()
                : Optional.of(first);
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
     * Whether a lower-case word is one toneless pinyin syllable ("gong", "si", "lu" and "lü"): a word of a name
     * written syllable by syllable, as forms and bank messages write Chinese company names (Heng Ye Ke Ji).
     */
    public boolean isSyllable(String word) {
        return word != null && !word.isEmpty() && word.length() <= PinyinInventory.MAX_LENGTH
                && pinyin.contains(PinyinInventory.fold(word));
    }

    /**
     * Whether the tokens look like one Chinese name: every token reads as Chinese syllables, one of them can be a
     * surname, and they are no more syllables than a Chinese name has ({@link #MAX_NAME_SYLLABLES}; Osama bin Ladena
     * is all syllables and has a surname Bin, but seven syllables).
     */
    public boolean isLikelyChineseName(List<String> tokens) {
        if (tokens == null || tokens.isEmpty()) {
            return false;
        }
        boolean surname = false;
        int syllables = 0;
        for (String token : tokens) {
            List<List<String>> readings = readings(token);
            if (readings.isEmpty()) {
                return false;
            }
            surname |= readings.stream().anyMatch(r -> isSurname(String.join("", r)));
            syllables += readings.stream().mapToInt(List::size).min().orElse(0);
        }
        return surname && syllables <= MAX_NAME_SYLLABLES;
    }

    /**
     * The most syllables of a Chinese person's name: a surname of one or two (Wang, Ouyang) and a given name of one or
     * two (Sima Xiangru has four).
     */
    static final int MAX_NAME_SYLLABLES = 4;

    /**
     * A Chinese name written in Cyrillic by the Palladius system, in pinyin with its words as written: "Си Цзиньпин"
     * gives "xi jinping", "Чэнь Цюаньго" "chen quanguo", so that it meets the name in pinyin, Wade–Giles or characters.
     * Empty unless the name has two words or more, each reads as Palladius syllables (a hyphen may part them) and
     * the first or the last is a surname: most Russian words are no such syllables, and the rest are no Chinese name.
     */
    public Optional<String> fromCyrillic(String name) {
        List<String> words = NameText.cyrillicWords(name);
        if (words.size() < 2 || words.size() > MAX_CYRILLIC_WORDS) {
            return Optional.empty();
        }
        List<String> pinyinWords = new ArrayList<>(words.size());
        for (String word : words) {
            List<String> syllables = palladius.syllables(word);
            if (syllables.isEmpty()) {
                return Optional.empty();
            }
            pinyinWords.add(String.join("", syllables));
        }
        boolean surname = isSurname(pinyinWords.get(0)) || isSurname(pinyinWords.get(pinyinWords.size() - 1));
        return surname ? Optional.of(String.join(" ", pinyinWords)) : Optional.empty();
    }

    /**
     * The most words a Chinese name in Cyrillic is read in: a family name of one or two syllables and a given name
     * written joined or syllable by syllable, and a second surname at most; a longer text is no name.
     */
    static final int MAX_CYRILLIC_WORDS = 4;

    /**
     * The toneless pinyin syllables of a name written in Han characters (traditional or simplified),
     * one per character, with the surname read as a surname (单 shan, 曾 zeng, 尉迟 yu chi).
     * Characters of other scripts are skipped.
     */
    public List<String> fromHan(String han) {
        return this.han.syllables(han);
    }

    /**
     * The Cantonese spellings of each syllable {@link #fromHan} reads, in its order, as the Hong Kong government's
     * romanisation writes names (李嘉誠: [lei, li, lee], [ka, kah], [sing, shing]): Hong Kong and overseas Chinese
     * names are listed so (Li Ka-shing), where pinyin would write Li Jiacheng. A syllable whose character has no
     * Cantonese reading in Unihan gets an empty set.
     */
    public List<Set<String>> cantonese(String han) {
        return this.han.syllableCharacters(han).stream().map(cantonese::spellings).toList();
    }

    /**
     * The text with each Han character in its simplified form (電子 电子), other characters as they are: the tables
     * write words in simplified characters, where Hong Kong and Taiwan write traditional ones.
     */
    public String simplified(String text) {
        return this.han.simplified(text);
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
