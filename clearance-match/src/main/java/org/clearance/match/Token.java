package org.clearance.match;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clearance.names.PatronymicChain;
import org.clearance.names.ShortForms;
import org.clearance.names.transcribed.TranscribedWord;

/**
 * One comparable name part with what matching needs precomputed (the constructor says what each field holds).
 */
final class Token {
    private final String text;
    private final String phonetic;
    private final double weight;
    private final Set<String> readings;
    private final String crossKey;
    private final boolean fromHan;
    private final Set<String> hanReadings;
    private final long letters;
    /**
     * The text's length, held here so that the scorer refuses most pairs of parts from their lengths and {@link #letters}
     * alone, without loading either text (TokenSimilarity#surelyApart).
     */
    private final int length;
    private final boolean spoken;
    private final String abjad;
    private final TranscribedWord transcribed;
    private final String alternative;
    private final String number;
    private final String cyrillic;
    private final boolean title;
    /**
     * The {@link #has} bits of what else the part is, derived from the fields when it is made: the scorer asks them of
     * every pair of parts of every candidate, and a plain Latin pair answers from them without reading the fields and
     * sets they stand for.
     */
    private final int kinds;

    /** Writes a number ({@link #number}). */
    static final int NUMBER = 1;
    /** A word of a transcribed foreign name ({@link #transcribed}). */
    static final int TRANSCRIBED = 1 << 1;
    /** A word written in an abjad ({@link #abjad}). */
    static final int ABJAD = 1 << 2;
    /** Read from Hangul or Japanese ({@link #spoken}). */
    static final int SPOKEN = 1 << 3;
    /** Read from Han characters ({@link #fromHan}). */
    static final int FROM_HAN = 1 << 4;
    /** A Chinese syllable read from Han: read from them and without a cross key (a Uyghur element has one). */
    static final int CHINESE_SYLLABLE = 1 << 5;
    /** Has another spelling ({@link #alternative}). */
    static final int ALTERNATIVE = 1 << 6;
    /** Renders a Cyrillic word ({@link #cyrillic}). */
    static final int CYRILLIC = 1 << 7;
    /** Has readings ({@link #readings}). */
    static final int READINGS = 1 << 8;
    /** Has pinyin readings, Cantonese spellings or surname characters ({@link #hanReadings}). */
    static final int HAN_READINGS = 1 << 9;
    /** Has a cross key that is not empty ({@link #crossKey}). */
    static final int CROSS_KEY = 1 << 10;
    /** A legal form's class ({@link NamePreparer#LEGAL_FORM_PREFIX}). */
    static final int LEGAL_FORM = 1 << 11;
    /** A connector of a patronymic chain, abd, abu, al ({@link PatronymicChain#isConnector}). */
    static final int CONNECTOR = 1 << 12;
    /** A link word of a patronymic chain, bin, ibn, bint ({@link PatronymicChain#isLink}). */
    static final int LINK = 1 << 13;
    /** A given name with short forms or a short form of one ({@link ShortForms#related}). */
    static final int SHORT_FORMS = 1 << 14;
    /**
     * What sends a pair of parts past the comparison of their spellings: a number, a written, transcribed, spoken or Han
     * part, another spelling, a Cyrillic rendering or readings. A pair where neither part has any is two Latin spellings.
     */
    static final int NOT_PLAIN = NUMBER | TRANSCRIBED | ABJAD | SPOKEN | FROM_HAN | ALTERNATIVE | CYRILLIC | READINGS;

    /**
     * @param text     the comparable text (for a legal form, its class, e.g. {@code ~ltd})
     * @param phonetic its Double Metaphone code
     * @param weight   how much the part says (rarer parts more; legal forms, generic and place words less)
     * @param readings canonical readings under which it also meets other parts (a Uyghur name in any
     *                 spelling or script reads as its standard Latin form)
     * @param crossKey a coarse phonetic key compared only between a part read from Han characters and a
     *                 Latin part, where spellings cannot meet otherwise; null when there is none
     * @param fromHan  whether the part was read from Han characters
     * @param hanReadings every pinyin reading of a romanised Chinese part in a romanisation system, Wade-Giles
     *                 included ("teng" reads deng), and the characters of the surnames it is a dialect spelling
     *                 of ("wong" 王 and 黄); compared only with parts read from Han characters, whose pinyin is
     *                 certain, so that "Chen" never meets "Zhen" between two romanisations. Of a syllable read from
     *                 Han characters, its Cantonese spellings (Hong Kong government romanisation: 誠 sing, shing) and,
     *                 for a Chinese name's surname, that surname's character, which only its own dialect spellings meet
     * @param letters  the text's {@link TokenSimilarity#letters}: a list name's parts are compared with
     *                 every query that retrieves it, and computing them at each comparison was a twentieth
     *                 of screening
     * @param spoken   whether the part was read from a script that writes syllables or sounds (Hangul, Japanese
     *                 kanji and kana) into every usual Latin spelling, held in {@code readings}: it meets a Latin
     *                 part only by one of those, never by a spelling that is merely close (Yong is no typo of Yonghao)
     * @param abjad    for a word written in an abjad (Arabic script, Hebrew), its letters as written
     *                 ({@link org.clearance.names.abjad.AbjadLetters#of}), which a Latin part is aligned with
     *                 directly: the transliteration has no vowels to compare; null for other parts
     * @param transcribed for a word of a foreign name transcribed into katakana, Hangul or Chinese characters, its
     *                 written sounds, which a Latin part is aligned with directly: the script bends every foreign
     *                 sound into its own syllables, so the reading is no Latin spelling; null for other parts
     * @param alternative another spelling of the same written word, compared as the text is: the ISO 9 (ICU Any-Latin)
     *                 form of a Cyrillic word whose text is its BGN/PCGN form (Izmaylov, Izmajlov), since lists
     *                 in other languages write the one and the US, UK and UN lists the other; of a Greek word, its foreign
     *                 name's b, d and g for μπ, ντ, γκ (Αμπντάλα abdala, ELOT 743 ampntala); of a word in a script of India, its f
     *                 and z for फ and झ (फैसल faisal); of a Latin part of a person's name with a Belarusian ending, the
     *                 Russian one (novikau novikov, {@link org.clearance.names.BelarusianEndings}); null for most parts
     * @param number   the number the part writes, in {@link org.clearance.names.NumberParts}' canonical digits ("44" for
     *                 44 and Forty-Four, "3" for III after a name), or null when it writes none: parts with numbers must agree
     * @param cyrillic for a part of a person's name written in Cyrillic, its letters as they render an Arabic-script name
     *                 ({@link org.clearance.names.abjad.AbjadLetters#ofCyrillic}), which a Latin part is aligned with as
     *                 with the abjad word (Кардави, Qaradawi), beside the comparison of its text; null for other parts
     * @param title    whether the part says nothing of whom the name names, weighing as a title: a person's title or the words
     *                 of a designation ("Prince", الشيخ, "of Saudi Arabia") beside a name, or a company's connector (of, and); a
     *                 title left over is no other name, and the person's own name begins after leading ones
     */
    Token(String text, String phonetic, double weight, Set<String> readings, String crossKey, boolean fromHan, Set<String> hanReadings, long letters, boolean spoken, String abjad, TranscribedWord transcribed, String alternative, String number, String cyrillic, boolean title) {
        this.text = text;
        this.phonetic = phonetic;
        this.weight = weight;
        this.crossKey = crossKey;
        this.fromHan = fromHan;
        this.letters = letters;
        this.length = text.length();
        this.spoken = spoken;
        this.abjad = abjad;
        this.transcribed = transcribed;
        this.alternative = alternative;
        this.number = number;
        this.cyrillic = cyrillic;
        this.title = title;
        this.readings = OneClass.set(readings);
        this.hanReadings = OneClass.set(hanReadings);
        this.kinds = (number != null ? NUMBER : 0) | (transcribed != null ? TRANSCRIBED : 0) | (abjad != null ? ABJAD : 0)
                | (spoken ? SPOKEN : 0) | (fromHan ? FROM_HAN : 0) | (fromHan && crossKey == null ? CHINESE_SYLLABLE : 0)
                | (alternative != null ? ALTERNATIVE : 0) | (cyrillic != null ? CYRILLIC : 0)
                | (this.readings.isEmpty() ? 0 : READINGS) | (this.hanReadings.isEmpty() ? 0 : HAN_READINGS)
                | (crossKey != null && !crossKey.isEmpty() ? CROSS_KEY : 0)
                | (text.startsWith(NamePreparer.LEGAL_FORM_PREFIX) ? LEGAL_FORM : 0)
                | (PatronymicChain.isConnector(text) ? CONNECTOR : 0) | (PatronymicChain.isLink(text) ? LINK : 0)
                | (ShortForms.related(text).isEmpty() ? 0 : SHORT_FORMS);
    }

    String text() {
        return text;
    }

    String phonetic() {
        return phonetic;
    }

    double weight() {
        return weight;
    }

    Set<String> readings() {
        return readings;
    }

    String crossKey() {
        return crossKey;
    }

    boolean fromHan() {
        return fromHan;
    }

    Set<String> hanReadings() {
        return hanReadings;
    }

    long letters() {
        return letters;
    }

    int length() {
        return length;
    }

    boolean spoken() {
        return spoken;
    }

    String abjad() {
        return abjad;
    }

    TranscribedWord transcribed() {
        return transcribed;
    }

    String alternative() {
        return alternative;
    }

    String number() {
        return number;
    }

    String cyrillic() {
        return cyrillic;
    }

    boolean title() {
        return title;
    }

    /** Two parts are equal when every field is: a part is a value, and a remembered part must equal a fresh one. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && Objects.equals(text, t.text) && Objects.equals(phonetic, t.phonetic)
                && Double.compare(weight, t.weight) == 0 && Objects.equals(readings, t.readings)
                && Objects.equals(crossKey, t.crossKey) && fromHan == t.fromHan
                && Objects.equals(hanReadings, t.hanReadings) && letters == t.letters && spoken == t.spoken
                && Objects.equals(abjad, t.abjad) && Objects.equals(transcribed, t.transcribed)
                && Objects.equals(alternative, t.alternative) && Objects.equals(number, t.number)
                && Objects.equals(cyrillic, t.cyrillic) && title == t.title;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, phonetic, weight, readings, crossKey, fromHan, hanReadings, letters, spoken, abjad, transcribed,
                alternative, number, cyrillic, title);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The {@link #has} bits, for a test of two parts at once. */
    int kinds() {
        return kinds;
    }


    /** Whether the part is any of {@code kind} (bits of {@link #kinds}). */
    boolean has(int kind) {
        return (kinds & kind) != 0;
    }

    Token(String text, String phonetic, double weight, Set<String> readings, String crossKey, boolean fromHan,
            Set<String> hanReadings) {
        this(text, phonetic, weight, readings, crossKey, fromHan, hanReadings, TokenSimilarity.letters(text), false, null, null, null, null, null, false);
    }

    /** A part read from Hangul or Japanese, with every usual Latin spelling; the first is its text. */
    static Token spoken(List<String> readings, double weight) {
        String text = readings.get(0);
        return new Token(text, TokenSimilarity.phonetic(text), weight, new java.util.LinkedHashSet<>(readings), null, false,
                Set.of(), TokenSimilarity.letters(text), true, null, null, null, null, null, false);
    }

    /** A part of a name written in an abjad. */
    static Token abjad(String text, double weight, String letters) {
        return new Token(text, TokenSimilarity.phonetic(text), weight, Set.of(), null, false, Set.of(),
                TokenSimilarity.letters(text), false, letters, null, null, null, null, false);
    }

    /** This part as a title ({@link #title}), weighing {@code titleWeight}. */
    Token asTitle(double titleWeight) {
        return new Token(text, phonetic, titleWeight, readings, crossKey, fromHan, hanReadings, letters, spoken, abjad, transcribed,
                alternative, number, cyrillic, true);
    }

    /** This part as writing the number {@code value}, weighing {@code weight}. */
    Token numbered(String value, double weight) {
        return new Token(text, phonetic, weight, readings, crossKey, fromHan, hanReadings, letters, spoken, abjad, transcribed,
                alternative, value, cyrillic, title);
    }

    /** This part with the letters of the Cyrillic word it was read from, or itself when they are none. */
    Token rendering(String cyrillicLetters) {
        return cyrillicLetters == null || cyrillicLetters.isEmpty() ? this
                : new Token(text, phonetic, weight, readings, crossKey, fromHan, hanReadings, letters, spoken, abjad, transcribed,
                        alternative, number, cyrillicLetters, title);
    }

    /** This syllable read from Han with its Cantonese spellings and, for a surname, its character ({@code hanReadings}). */
    Token withHanReadings(Set<String> read) {
        return new Token(text, phonetic, weight, readings, crossKey, fromHan, read, letters, spoken, abjad, transcribed,
                alternative, number, cyrillic, title);
    }

    /** This part with another spelling of it, or itself when that is none or the same. */
    Token spelt(String other) {
        return other == null || other.equals(text) ? this
                : new Token(text, phonetic, weight, readings, crossKey, fromHan, hanReadings, letters, spoken, abjad, transcribed,
                        other, number, cyrillic, title);
    }

    /** A word of a transcribed foreign name; a particle (bin, al) reads as each of its Latin forms. */
    static Token transcribed(double weight, TranscribedWord word) {
        String text = word.text();
        return new Token(text, TokenSimilarity.phonetic(text), weight, new java.util.LinkedHashSet<>(word.latin()), null,
                false, Set.of(), TokenSimilarity.letters(text), false, null, word, null, null, null, false);
    }

    /** A part in Latin letters (or transliterated letter for letter) that a written word may be aligned with. */
    boolean alignable() {
        return (kinds & (ABJAD | TRANSCRIBED | FROM_HAN | SPOKEN)) == 0;
    }

    Token(String text, String phonetic, double weight, Set<String> readings, String crossKey, boolean fromHan) {
        this(text, phonetic, weight, readings, crossKey, fromHan, Set.of());
    }
}
