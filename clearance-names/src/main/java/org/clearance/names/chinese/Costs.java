package org.clearance.names.chinese;

/**
 * How far-fetched each kind of reading is. Readings are ranked by the sum over their syllables, so
 * the plain pinyin reading of a token always comes first and a reading that assumes a list dropped
 * an apostrophe comes after the faithful Wade–Giles one.
 */
final class Costs {
    static final double PINYIN = 0;
    static final double WADE_GILES = 1;
    static final double WADE_GILES_NO_UMLAUT = 1.5;
    static final double WADE_GILES_NO_APOSTROPHE = 2;
    /** Taiwanese given names keep Gwoyeu Romatzyh spellings (Ying-jeou): rarer than Wade–Giles, dialect surnames. */
    static final double GWOYEU_ROMATZYH = 1.75;
    /** A dialect spelling of a surname (wong, lim, tan): only for a whole token. */
    static final double SURNAME_SPELLING = 1.5;
    /**
     * Joined pinyin splits before a/o/e only with an apostrophe (xi'an): unmarked xian is one syllable,
     * and xi-an a second guess. Wade–Giles vowel syllables (i, o) inside a joined token are as doubtful.
     */
    static final double VOWEL_SPLIT = 2;
    /** Each extra syllable: of two segmentations, the one with fewer, longer syllables is likelier. */
    static final double EXTRA_SYLLABLE = 0.3;
    /**
     * A reading of one token part costing more than this is left out: it would need two doubtful
     * steps at once (a vowel split and a Wade–Giles syllable), and only adds false matches.
     */
    static final double MAX_PART = 2.5;

    private Costs() {}
}
