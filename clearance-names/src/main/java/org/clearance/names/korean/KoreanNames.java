package org.clearance.names.korean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.io.TsvResource;
import org.clearance.names.NameText;

/**
 * Korean personal names written in Hangul, and the Latin spellings they are found under on lists: Revised
 * Romanization (South Korea since 2000), McCune–Reischauer without diacritics and the DPRK's own romanisation
 * (Kim Jong Un, Choe Ryong Hae), the usual passport spellings of family names (Lee, Park, Choi) and the common
 * spelling variants of given names (Myung-bak, Ki-moon). Immutable and thread-safe; the tables load once, on the
 * first use of {@link #get()}.
 */
public final class KoreanNames {
    private static final class Holder {
        static final KoreanNames INSTANCE = new KoreanNames();
    }

    private final SurnameTable surnames;
    private final Romaniser romaniser;

    /** The Korean readings of Han characters (hanja-readings.tsv, from Unihan), most usual first. */
    private final Map<Integer, List<String>> hanja;
    private final CyrillicReader cyrillic;

    private KoreanNames() {
        this.surnames = SurnameTable.load();
        JamoTable romaniserTable = JamoTable.load();
        this.romaniser = new Romaniser(romaniserTable);
        Map<Integer, List<String>> readings = new HashMap<>();
        for (String[] row : TsvResource.rows(KoreanNames.class, "hanja-readings.tsv")) {
            if (row.length != 2 || row[0].codePointCount(0, row[0].length()) != 1 || row[1].isBlank()) {
                throw new IllegalStateException("hanja-readings.tsv: bad row " + String.join("|", row));
            }
            readings.put(row[0].codePointAt(0), List.of(row[1].split(" ")));
        }
        this.hanja = Map.copyOf(readings);
        Map<Integer, Integer> hanjaPerSyllable = new HashMap<>();
        for (List<String> rs : hanja.values()) {
            for (String r : rs) {
                hanjaPerSyllable.merge(r.codePointAt(0), 1, Integer::sum);
            }
        }
        this.cyrillic = new CyrillicReader(romaniserTable, hanjaPerSyllable);
    }

    /**
     * A person's name in Han characters read as a Korean name in Hangul ("김정은" for 金正恩): Korean names are written so
     * in Hanja, in Chinese and Japanese writing of Korean names, and in the Korean documents that still give them (the
     * characters' readings are Unihan's kHangul). Only a name that can be one: {@value #KOREAN_NAME_LENGTH} characters
     * whose first reads as a Korean family name. Each way of reading it, at most
     * {@value #MAX_HANJA_READINGS}, the most usual first; empty for other names.
     */
    public List<String> fromHanja(String name) {
        // every name of a person not in Latin letters is asked, nearly all of them too long or in another script: the
        // characters are read one by one, and the first that is not a Hanja with a reading ends it
        int[] chars = new int[KOREAN_NAME_LENGTH];
        int n = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\u00B7' || c == '\u30FB') {
                continue;
            }
            if (n == KOREAN_NAME_LENGTH || !hanja.containsKey(c)) {
                return List.of();
            }
            chars[n++] = c;
        }
        if (n != KOREAN_NAME_LENGTH) {
            return List.of();
        }
        List<List<String>> each = new ArrayList<>(chars.length);
        for (int i = 0; i < chars.length; i++) {
            List<String> readings = hanja.get(chars[i]); // every character was found above
            each.add(i == 0 ? readings.stream().filter(r -> !surnames.spellings(r).isEmpty()).toList() : readings);
        }
        List<String> out = new ArrayList<>();
        for (String family : each.get(0)) {
            for (String second : each.get(1)) {
                for (String third : each.get(2)) {
                    if (out.size() < MAX_HANJA_READINGS) {
                        out.add(family + second + third);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * A person's name in Cyrillic read as a Korean name in Hangul, family name first ("김 정은" for "Ким Чен Ын"), as
     * Russian writes Korean names syllable by syllable by the Kontsevich system or the customary spellings of the
     * Soviet press (see {@code jamo.tsv}). Only a name that can be one: two words or more, the first a Korean family
     * name, the others {@value #MAX_GIVEN_SYLLABLES} syllables at most together. Each way of reading it, at most
     * {@value #MAX_HANJA_READINGS}, the likeliest first; empty for other names, nearly every Russian one among them.
     */
    public List<String> fromCyrillic(String name) {
        List<String> words = NameText.cyrillicWords(name);
        if (words.size() < 2 || words.size() > MAX_GIVEN_SYLLABLES + 1) {
            return List.of();
        }
        List<CyrillicReader.Reading> families = cyrillic.word(words.get(0), MAX_FAMILY_SYLLABLES, MAX_WORD_READINGS).stream()
                .filter(r -> !surnames.spellings(r.hangul()).isEmpty()).toList();
        List<CyrillicReader.Reading> givens = List.of(CyrillicReader.Reading.NONE);
        for (int i = 1; i < words.size() && !families.isEmpty(); i++) {
            List<CyrillicReader.Reading> next = new ArrayList<>();
            for (CyrillicReader.Reading word : cyrillic.word(words.get(i), MAX_GIVEN_SYLLABLES, MAX_WORD_READINGS)) {
                for (CyrillicReader.Reading before : givens) {
                    if (before.syllables() + word.syllables() <= MAX_GIVEN_SYLLABLES) {
                        next.add(before.then(word));
                    }
                }
            }
            givens = next.stream().sorted(CyrillicReader.Reading.CHEAPEST).limit(MAX_WORD_READINGS).toList();
        }
        List<CyrillicReader.Reading> names = new ArrayList<>();
        for (CyrillicReader.Reading family : families) {
            for (CyrillicReader.Reading given : givens) {
                names.add(family.then(CyrillicReader.Reading.SPACE).then(given));
            }
        }
        return names.stream().sorted(CyrillicReader.Reading.CHEAPEST).limit(MAX_HANJA_READINGS)
                .map(CyrillicReader.Reading::hangul).toList();
    }

    /** Korean family names are one syllable but for a few compounds of two (남궁, 황보). */
    private static final int MAX_FAMILY_SYLLABLES = 2;
    /** Readings of a Cyrillic word, and of the given name's words together, kept at most as the name is read. */
    private static final int MAX_WORD_READINGS = 16;

    /**
     * The characters of a Korean name read from Hanja: a family name and a given name of two, as most Korean names are.
     * A name of two characters is far more often Chinese (徐刚, 秦燕), and its one syllable of given name read in Korean
     * meets any Korean name's syllable.
     */
    static final int KOREAN_NAME_LENGTH = 3;

    /**
     * Readings of a name in Hanja kept at most: a character has one reading mostly, a few two (金 금 and 김, 李 리
     * and 이, the North's and the South's), and every one is searched and scored as a name of its own.
     */
    static final int MAX_HANJA_READINGS = 4;

    /** The shared instance. */
    public static KoreanNames get() {
        return Holder.INSTANCE;
    }

    /** Whether the text is a Korean name written in Hangul (all letters Hangul syllables; spaces, hyphens, middle dots allowed). */
    public boolean isHangulName(String name) {
        return !words(name).isEmpty();
    }

    /**
     * Whether a Hangul text reads as a Korean person's name rather than a foreign name written in Hangul
     * (브렌트 시브룩, Brent Seabrook): one or two words of {@value #MIN_SYLLABLES} to {@value #MAX_SYLLABLES}
     * syllables in all, beginning with a known family name, the given name of at most
     * {@value #MAX_GIVEN_SYLLABLES} syllables. Korean given names are one or two syllables by custom and at most
     * five by law, so longer ones are left to be compared as transcriptions.
     */
    public boolean isKoreanPersonName(String name) {
        List<List<Syllable>> words = words(name);
        int syllables = words.stream().mapToInt(List::size).sum();
        if (words.isEmpty() || words.size() > 2 || syllables < MIN_SYLLABLES || syllables > MAX_SYLLABLES) {
            return false;
        }
        List<List<Syllable>> parts = words.size() == 1 ? split(words.get(0)) : words;
        return parts.size() == 2 && !surnames.spellings(hangul(parts.get(0))).isEmpty()
                && parts.get(1).size() <= MAX_GIVEN_SYLLABLES;
    }

    /** A family name and a given name: two syllables at least. */
    static final int MIN_SYLLABLES = 2;
    /** A two-syllable family name and a given name of two (남궁민수): four; one more for rare long given names. */
    static final int MAX_SYLLABLES = 5;
    /** Given names of three syllables are rare but real (이하늘별 aside, 김나라), four are transcriptions. */
    static final int MAX_GIVEN_SYLLABLES = 3;

    /**
     * The parts of a Hangul person name, in written order, each with its Latin readings, the first reading
     * being the canonical Revised Romanization form (lower-case ASCII, no hyphens/spaces). A word without spaces
     * (3 syllables usually) splits into family name (one syllable, or a known two-syllable family name such as
     * 남궁, 황보, 제갈, 선우, 독고, 사공, 서문 when the word is long enough) and given name (the rest, one part).
     * Words separated by spaces are parts of their own (a space-separated two-syllable word is still one part).
     *
     * <p>The first part is read as a family name: the usual spellings of a known family name (kim, lee, park,
     * choi) follow its RR form. Every part has at most {@value Romaniser#MAX_READINGS} readings. Hyphens inside a
     * word are ignored (정-은 is 정은); a middle dot separates words as a space does. Not a Hangul name (see
     * {@link #isHangulName}): an empty list.
     */
    public List<List<String>> parts(String name) {
        List<List<Syllable>> words = words(name);
        List<List<Syllable>> parts = words.size() == 1 ? split(words.get(0)) : words;
        List<List<String>> readings = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            List<String> known = i == 0 ? surnames.spellings(hangul(parts.get(i))) : List.of();
            readings.add(romaniser.readings(parts.get(i), known));
        }
        return List.copyOf(readings);
    }

    /**
     * A part's Revised Romanization as South Korea writes it under the initial-sound law (두음법칙, Korean orthography
     * of 1988, 한글 맞춤법 articles 10 to 12), which the North does not apply: a first ㄹ before i or y is dropped
     * (리 ri: 이 i, 룡 ryong: 용 yong), another first ㄹ becomes ㄴ (로 ro: 노 no), and a first ㄴ before i or y is
     * dropped (녀 nyeo: 여 yeo). The same name written in the North and in the South meets so, 리영호 and 이영호.
     *
     * @param romanised a part's canonical reading, as {@link #parts} gives it first
     */
    public static String initialSoundLaw(String romanised) {
        if (romanised.length() < 2) {
            return romanised;
        }
        char first = romanised.charAt(0);
        char next = romanised.charAt(1);
        boolean iotated = next == 'i' || next == 'y';
        if (first == 'r') {
            return iotated ? romanised.substring(1) : "n" + romanised.substring(1);
        }
        return first == 'n' && iotated ? romanised.substring(1) : romanised;
    }

    /** The words of a Hangul name as written (a middle dot or space between them, hyphens dropped); empty when it is none. */
    public List<String> hangulWords(String name) {
        return words(name).stream().map(KoreanNames::hangul).toList();
    }

    /**
     * Each syllable of a Hangul word as its jamo: initial, vowel and the final consonant if any (파이잘 as ㅍㅏ, ㅇㅣ,
     * ㅈㅏㄹ), for aligning a foreign name transcribed into Hangul with its Latin spelling. Other characters are skipped.
     */
    public static List<String> jamo(String word) {
        List<String> out = new ArrayList<>(word.length());
        word.codePoints().filter(Syllable::isSyllable).mapToObj(Syllable::of).forEach(s -> {
            StringBuilder jamo = new StringBuilder(3).append(Syllable.INITIALS.charAt(s.initial()))
                    .append(Syllable.MEDIALS.charAt(s.medial()));
            if (s.hasFinal()) {
                jamo.append(Syllable.FINALS.charAt(s.fin() - 1));
            }
            out.add(jamo.toString());
        });
        return out;
    }

    /** A space-free word as family name and given name; a word of one syllable stays whole. */
    private List<List<Syllable>> split(List<Syllable> word) {
        if (word.size() < 2) {
            return List.of(word);
        }
        int family = surnames.headsAsCompound(hangul(word.subList(0, 2)), word.size()) ? 2 : 1;
        return List.of(word.subList(0, family), word.subList(family, word.size()));
    }

    /** The words of a Hangul name as syllables; empty when the text is no Hangul name. */
    private static List<List<Syllable>> words(String name) {
        if (name == null) {
            return List.of();
        }
        // Text copied from some sources holds syllables decomposed into conjoining jamo; NFC puts them together.
        String text = Normalizer.normalize(name, Normalizer.Form.NFC);
        List<List<Syllable>> words = new ArrayList<>();
        List<Syllable> word = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Syllable.isSyllable(c)) {
                word.add(Syllable.of(c));
            } else if (isSeparator(c)) {
                if (!word.isEmpty()) {
                    words.add(List.copyOf(word));
                    word.clear();
                }
            } else if (!isHyphen(c)) {
                return List.of();
            }
        }
        if (!word.isEmpty()) {
            words.add(List.copyOf(word));
        }
        return List.copyOf(words);
    }

    private static boolean isSeparator(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || isMiddleDot(c);
    }

    /**
     * Middle dots: · (U+00B7), the Katakana ・ and its half-width form, ‧ (U+2027), and ㆍ (U+318D, the archaic
     * vowel arae-a), which Korean keyboards and documents commonly use in the middle dot's place.
     */
    private static boolean isMiddleDot(int c) {
        return c == 0x00B7 || c == 0x30FB || c == 0xFF65 || c == 0x2027 || c == 0x318D;
    }

    /** ASCII hyphen-minus, and the Unicode hyphen, non-breaking hyphen and figure dash that word processors put in. */
    private static boolean isHyphen(int c) {
        return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012;
    }

    private static String hangul(List<Syllable> syllables) {
        StringBuilder out = new StringBuilder();
        for (Syllable s : syllables) {
            out.appendCodePoint(s.codePoint());
        }
        return out.toString();
    }
}
