package org.clearance.match;

import java.util.List;
import java.util.Set;
import org.clearance.names.transcribed.TranscribedWord;

/**
 * One comparable name part with what matching needs precomputed.
 *
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
 *                 name's b, d and g for μπ, ντ, γκ (Αμπντάλα abdala, BGN/PCGN ambndala); of a word in a script of India, its f
 *                 and z for फ and झ (फैसल faisal); null for most parts
 * @param number   the number the part writes, in {@link org.clearance.names.NumberParts}' canonical digits ("44" for
 *                 44 and Forty-Four, "3" for III after a name), or null when it writes none: parts with numbers must agree
 * @param cyrillic for a part of a person's name written in Cyrillic, its letters as they render an Arabic-script name
 *                 ({@link org.clearance.names.abjad.AbjadLetters#ofCyrillic}), which a Latin part is aligned with as
 *                 with the abjad word (Кардави, Qaradawi), beside the comparison of its text; null for other parts
 */
record Token(String text, String phonetic, double weight, Set<String> readings, String crossKey, boolean fromHan,
        Set<String> hanReadings, long letters, boolean spoken, String abjad, TranscribedWord transcribed, String alternative,
        String number, String cyrillic) {
    Token {
        readings = OneClass.set(readings);
        hanReadings = OneClass.set(hanReadings);
    }

    Token(String text, String phonetic, double weight, Set<String> readings, String crossKey, boolean fromHan,
            Set<String> hanReadings) {
        this(text, phonetic, weight, readings, crossKey, fromHan, hanReadings, TokenSimilarity.letters(text), false, null, null, null, null, null);
    }

    /** A part read from Hangul or Japanese, with every usual Latin spelling; the first is its text. */
    static Token spoken(List<String> readings, double weight) {
        String text = readings.get(0);
        return new Token(text, TokenSimilarity.phonetic(text), weight, new java.util.LinkedHashSet<>(readings), null, false,
                Set.of(), TokenSimilarity.letters(text), true, null, null, null, null, null);
    }

    /** A part of a name written in an abjad. */
    static Token abjad(String text, double weight, String letters) {
        return new Token(text, TokenSimilarity.phonetic(text), weight, Set.of(), null, false, Set.of(),
                TokenSimilarity.letters(text), false, letters, null, null, null, null);
    }

    /** This part as writing the number {@code value}, weighing {@code weight}. */
    Token numbered(String value, double weight) {
        return new Token(text, phonetic, weight, readings, crossKey, fromHan, hanReadings, letters, spoken, abjad, transcribed,
                alternative, value, cyrillic);
    }

    /** This part with the letters of the Cyrillic word it was read from, or itself when they are none. */
    Token rendering(String cyrillicLetters) {
        return cyrillicLetters == null || cyrillicLetters.isEmpty() ? this
                : new Token(text, phonetic, weight, readings, crossKey, fromHan, hanReadings, letters, spoken, abjad, transcribed,
                        alternative, number, cyrillicLetters);
    }

    /** This syllable read from Han with its Cantonese spellings and, for a surname, its character ({@code hanReadings}). */
    Token withHanReadings(Set<String> read) {
        return new Token(text, phonetic, weight, readings, crossKey, fromHan, read, letters, spoken, abjad, transcribed,
                alternative, number, cyrillic);
    }

    /** This part with another spelling of it, or itself when that is none or the same. */
    Token spelt(String other) {
        return other == null || other.equals(text) ? this
                : new Token(text, phonetic, weight, readings, crossKey, fromHan, hanReadings, letters, spoken, abjad, transcribed,
                        other, number, cyrillic);
    }

    /** A word of a transcribed foreign name; a particle (bin, al) reads as each of its Latin forms. */
    static Token transcribed(double weight, TranscribedWord word) {
        String text = word.text();
        return new Token(text, TokenSimilarity.phonetic(text), weight, new java.util.LinkedHashSet<>(word.latin()), null,
                false, Set.of(), TokenSimilarity.letters(text), false, null, word, null, null, null);
    }

    /** A part in Latin letters (or transliterated letter for letter) that a written word may be aligned with. */
    boolean alignable() {
        return abjad == null && transcribed == null && !fromHan && !spoken;
    }

    Token(String text, String phonetic, double weight, Set<String> readings, String crossKey, boolean fromHan) {
        this(text, phonetic, weight, readings, crossKey, fromHan, Set.of());
    }
}
