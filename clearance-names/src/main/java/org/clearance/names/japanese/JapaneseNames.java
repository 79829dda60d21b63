package org.clearance.names.japanese;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.clearance.names.Scripts;

/**
 * Japanese personal names written in kanji and kana, read in modified Hepburn and its usual variants. Kanji are
 * read by Kuromoji (IPADIC), which knows Japanese family and given names; kana are romanised from
 * {@code kana-romaji.tsv}. Immutable and thread-safe; the tables load once, on first use of {@link #get()}.
 */
public final class JapaneseNames {
    private static final class Holder {
        static final JapaneseNames INSTANCE = new JapaneseNames();
    }

    /** Readings returned per part at most: enough for the spellings of two or three readings of a name. */
    static final int MAX_READINGS = 16;
    /** Kana readings per part before spelling: Kuromoji's, then the likeliest alternatives of the lattice. */
    static final int MAX_KANA_READINGS = 5;
    /**
     * Spaces, and the dots and double hyphens that part the words of a foreign name written in katakana
     * (ウラジーミル・プーチン, ジャン＝ポール): each separates a part.
     */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000\\u30FB\\uFF65\\u00B7\\u2027\\uFF1D=\\u30A0]+");

    private final KanaRomaniser romaniser;
    private final KanjiReader kuromoji;
    private final ReadingLattice lattice;

    private JapaneseNames() {
        this.romaniser = KanaRomaniser.load();
        this.kuromoji = new KanjiReader();
        this.lattice = ReadingLattice.load(kuromoji);
    }

    /** The shared instance. */
    public static JapaneseNames get() {
        return Holder.INSTANCE;
    }

    /**
     * The words of a name written in katakana alone (a foreign name as Japanese transcribes it: ファイサル・ビン・
     * ファルハーン), split where {@link #parts} splits; empty when the name has other letters.
     */
    public List<String> katakanaWords(String name) {
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(name.strip())) {
            if (word.isEmpty()) {
                continue;
            }
            if (!word.codePoints().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA)) {
                return List.of();
            }
            words.add(word);
        }
        return List.copyOf(words);
    }

    /** The morae of a kana word ({@link KanaRomaniser#morae}): Hepburn syllables and the marks ッ ン ー. */
    public List<String> morae(String kanaWord) {
        return romaniser.morae(kanaWord);
    }

    /**
     * Whether a name is written the Japanese way: it has hiragana or katakana (not only the katakana middle dot ・
     * that Chinese and Japanese transcriptions of foreign names share — a katakana transcription of a foreign name
     * like ウラジーミル・プーチン IS Japanese writing and should be read too), or it is kanji only and Kuromoji reads its
     * first word as a Japanese family name (人名,姓) and the whole as Japanese person-name words. Chinese names
     * (习近平, 王毅, 秦燕, 季鑫) must come out false as far as possible.
     */
    public boolean isJapanese(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        if (name.codePoints().anyMatch(c -> KanaRomaniser.isKana(c) && c != 'ー')) {
            return true;
        }
        return KanjiNameTest.isJapanese(words(name), kuromoji);
    }

    /**
     * The parts of the name in written order, each with its Latin readings (lower-case ASCII), the first being
     * modified Hepburn without macrons (long vowels as written without marks: Satō → sato, Shōko → shoko), then
     * the usual alternatives: long vowels spelt ou/oh/oo/uu (satou, satoh), Kunrei/Nihon-shiki (si/shi, tu/tsu,
     * hu/fu, zi/ji, tyo/cho), n before b/m/p as m (Shimbun/Shinbun). Bounded: at most 16 readings a part.
     * Kanji words are read by Kuromoji; kana words are romanised directly. An empty list when nothing can be read.
     */
    public List<List<String>> parts(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<String> words = words(name);
        List<List<String>> out = new ArrayList<>();
        for (String word : words) {
            if (word.codePoints().allMatch(KanaRomaniser::isKana)) {
                addPart(out, List.of(word));
            } else if (word.codePoints().anyMatch(Scripts::isHan)) {
                readKanjiWord(word, words.size() == 1, out);
            }
            // Latin, digits and other scripts are no Japanese writing: the caller reads them its own way.
        }
        return List.copyOf(out);
    }

    /**
     * A written word holding kanji: a lone word may be a whole name (安倍晋三), cut after Kuromoji's family name;
     * a word among several is one part.
     */
    private void readKanjiWord(String word, boolean wholeName, List<List<String>> out) {
        List<KanjiReader.Token> tokens = kuromoji.tokens(word);
        if (tokens.isEmpty()) {
            return;
        }
        if (wholeName && tokens.size() > 1 && tokens.get(0).isFamilyName()) {
            addPart(out, kanaReadings(tokens.subList(0, 1)));
            addPart(out, kanaReadings(tokens.subList(1, tokens.size())));
        } else {
            addPart(out, kanaReadings(tokens));
        }
    }

    /**
     * Kuromoji's reading of the words of a part, then alternatives: the other name readings of a part the
     * dictionary knows as one name (恵美 emi, megumi), or the lattice's readings of one it had to piece together.
     */
    private List<String> kanaReadings(List<KanjiReader.Token> tokens) {
        Set<String> kana = new LinkedHashSet<>();
        StringBuilder best = new StringBuilder();
        StringBuilder surface = new StringBuilder();
        for (KanjiReader.Token t : tokens) {
            String reading = t.reading() != null ? t.reading()
                    : t.surface().codePoints().allMatch(KanaRomaniser::isKana) ? t.surface() : null;
            if (reading == null) {
                return List.of(); // a character Japanese does not use (习, 顾): no reading of this part
            }
            if (!best.isEmpty()) {
                best.append(KanaRomaniser.WORD_BOUNDARY);
            }
            best.append(reading);
            surface.append(t.surface());
        }
        kana.add(best.toString());
        String written = surface.toString();
        if (tokens.size() == 1 && tokens.get(0).isPersonName()) {
            kuromoji.entries(written).stream().filter(KanjiReader.Entry::isPersonName)
                    .map(KanjiReader.Entry::reading).forEach(kana::add);
        } else if (written.codePoints().allMatch(Scripts::isHan)) {
            kana.addAll(lattice.readings(written, MAX_KANA_READINGS));
        }
        return kana.stream().limit(MAX_KANA_READINGS).toList();
    }

    /** Spells each kana reading in each style, style by style, so that every reading's Hepburn comes first. */
    private void addPart(List<List<String>> out, List<String> kanaReadings) {
        List<List<String>> spelt = kanaReadings.stream().map(k -> romaniser.spell(k, KanaRomaniser.STYLES)).toList();
        Set<String> readings = new LinkedHashSet<>();
        for (int style = 0; style < KanaRomaniser.STYLES.size(); style++) {
            for (List<String> s : spelt) {
                if (style < s.size() && readings.size() < MAX_READINGS) {
                    readings.add(s.get(style));
                }
            }
        }
        if (!readings.isEmpty()) {
            out.add(List.copyOf(readings));
        }
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : SEPARATORS.split(name.strip())) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
