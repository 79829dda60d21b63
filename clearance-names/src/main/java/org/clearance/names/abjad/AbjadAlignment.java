package org.clearance.names.abjad;

import static org.clearance.names.LatinLetters.isVowel;

import org.clearance.names.LatinLetters;
import org.clearance.names.LatinReadings;

/**
 * How well a Latin name part spells a word written in an abjad. The abjad leaves short vowels out, so the
 * Latin vowels between the letters it writes are free; every written consonant must be spelt by one of its
 * Latin spellings ({@code letters.tsv}); long vowels and glides may be left out at a small cost, silent
 * letters (alif, ayn, hamza, final ha) for nothing; a doubled Latin consonant is the abjad's unwritten
 * gemination. What remains (a consonant in either name that the other lacks or spells otherwise) costs a
 * full edit. This supplies the vowels from the Latin name being compared, never by guessing them.
 *
 * <p>A Cyrillic rendering of such a name ({@link AbjadLetters#ofCyrillic}) is aligned alike: its consonants as the
 * abjad letters they render, its vowels, which it writes, spelt by the Latin vowels at a cost when they differ.
 *
 * <p>The search is an edit distance over (abjad letters) x (Latin characters), cut off as soon as every
 * path costs more than the caller's budget, which keeps the many unlike pairs of a screening cheap.
 */
public final class AbjadAlignment {
    /** A consonant left out or spelt otherwise, on either side. */
    public static final int EDIT = 10;
    /**
     * A written long vowel or glide (waw, ya, medial ha) that the Latin spelling leaves out: Latin nearly
     * always writes them ("Saud", "Hussein"), and leaving one out is how Hassan meets Husayn: dearer than any
     * word's budget (NameScorer), so a written long vowel must be spelt.
     */
    static final int VOWEL_LEFT_OUT = 7;
    /**
     * A Latin long vowel (aa, ee, oo, uu, ou) that no written letter spells: the abjad writes long vowels, so the
     * Latin name has a vowel the original lacks (Mahmoud against Muhammad's letters).
     */
    static final int LONG_VOWEL_UNWRITTEN = 6;
    /**
     * Another run of two Latin vowels (au, ia, oe, ea) that no written letter spells: a diphthong the abjad
     * would often write with waw or ya, or a foreign name's spelling (Boeker, Meadows), so weaker evidence.
     */
    static final int DIPHTHONG_UNWRITTEN = 3;
    /**
     * A Latin word-final vowel that no letter spells: Arabic names end in a consonant or write their final
     * vowel (Fatima with ta marbuta, Musa with alif maqsura), so Nuri is not a spelling of Nur.
     */
    static final int FINAL_VOWEL_UNWRITTEN = 3;
    /**
     * The final e after a consonant that English and French spellings write and do not say (Eve, Locke, Lazare), which
     * Hebrew, writing names by their sound, leaves out (איב, לוק, לזר): free against Hebrew letters. Not against
     * Arabic script, where Turkish and Persian spellings write a name's ta marbuta so (Emine, Halime) and a final e with
     * nothing written is the feminine that the masculine name lacks (أمين Amin). Nor against a word of two letters,
     * which its vowels alone already let meet many Latin words (דן is Dan, not Eddine).
     */
    private static final char SILENT_E = 'e';
    /** The fewest letters of a Hebrew word against which a Latin final e is silent (see SILENT_E). */
    private static final int SILENT_E_MIN_LETTERS = 3;
    /**
     * English spells the vowel of James, Kate and David with an a before one consonant and a vowel (an open syllable,
     * a silent e), and Hebrew writes that vowel (ei) with a yod (ג'יימס, קייט, דייויד): such an a spells the yod, against
     * Hebrew letters.
     */
    private static final char YOD = 'י';
    /** A Latin h, w or y between spelt letters: often a length or glide mark ("Fatimah", "Shah"), sometimes a consonant. */
    static final int LATIN_GLIDE = 3;

    /**
     * A word's first alif (Arabic) or alef (Hebrew) left out by a Latin spelling that begins with a consonant: it
     * carries the vowel the word begins with, which Latin writes (Ahmad, Ibrahim, Ahsan; איל, Il); only Maghrebi
     * spellings drop it (Brahim, Smail), so a long word may still, a short one not (Ahsan is no Hussein, nor Hasan):
     * dearer than a four-letter word's budget (NameScorer).
     */
    static final int INITIAL_VOWEL_LEFT_OUT = 4;

    /**
     * A vowel a Cyrillic rendering writes (Kind.WRITTEN) spelt by another Latin vowel than its own: Russian writes the
     * short vowels of Arabic names as it hears them (Абдель, Abdul), less surely than its consonants.
     */
    static final int WRITTEN_VOWEL_CHANGED = 4;
    /**
     * A Latin vowel that spells no letter of a Cyrillic rendering, which writes its vowels (Кардави, Qaradawi): where the
     * abjad leaves short vowels out for free, here an added vowel is evidence, if weak, of another name.
     */
    static final int VOWEL_ADDED = 3;

    private static final int INFINITE = Integer.MAX_VALUE / 2;

    private AbjadAlignment() {}

    /**
     * The cost of spelling {@code letters} (from {@link AbjadLetters#of}) as {@code latin} (lower-case ASCII),
     * in tenths of an edit; {@code budget + 1} when it is surely more than {@code budget}.
     */
    public static int cost(String letters, String latin, int budget) {
        // what the letters are is asked once here, not of each spelling and reading aligned with them
        boolean vowelled = writesVowels(letters);
        boolean hebrew = isHebrew(letters);
        if (vowelled) {
            // a Cyrillic rendering of a European name writes it as said too (Жорж Georges, Шарль Charles, Ярузельский
            // Jaruzelski), by the rows of latin-readings.tsv that Russian practice writes so
            return LatinReadings.cost(latin, LatinReadings.Target.CYRILLIC, budget, (text, b) -> spelt(letters, text, b, true, hebrew));
        }
        // a European name is written as its language says it (דויטש Deutch, موتينيو Moutinho): its readings spell it too
        return LatinReadings.cost(latin, hebrew ? LatinReadings.Target.HEBREW : LatinReadings.Target.ARABIC, budget,
                (text, b) -> spelt(letters, text, b, false, hebrew));
    }

    /**
     * @param vowelled whether the letters write their vowels ({@link #writesVowels})
     * @param hebrew   whether they are Hebrew's
     */
    private static int spelt(String letters, String latin, int budget, boolean vowelled, boolean hebrew) {
        int best = search(letters, latin, budget, vowelled, hebrew);
        // a Latin x is the k and s an abjad writes as two letters (אקסנר Exner, الكسندر Alexander), as TranscribedAlignment reads it
        return latin.indexOf('x') < 0 ? best : Math.min(best, search(letters, latin.replace("x", "ks"), budget, vowelled, hebrew));
    }

    private static int search(String letters, String latin, int budget, boolean vowelled, boolean hebrew) {
        int n = letters.length();
        int m = latin.length();
        if (n == 0 || m == 0) {
            return n == m ? 0 : budget + 1;
        }
        if (budget < EDIT && !everyConsonantCanBeSpelt(letters, latin)) {
            return budget + 1;
        }
        boolean silentE = n >= SILENT_E_MIN_LETTERS && hebrew;
        int[][] d = new int[n + 1][m + 1];
        for (int[] row : d) {
            java.util.Arrays.fill(row, INFINITE);
        }
        d[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            AbjadLetters.Letter letter = i < n ? AbjadLetters.letter(letters.charAt(i)) : null;
            int rowBest = INFINITE;
            for (int j = 0; j <= m; j++) {
                int c = d[i][j];
                if (c >= INFINITE) {
                    continue;
                }
                rowBest = Math.min(rowBest, c);
                if (j < m) {
                    int left = latinLeftOver(latin, j, i == 0, silentE);
                    relax(d, i, j + 1, c + (vowelled && isVowel(latin.charAt(j)) ? Math.max(left, VOWEL_ADDED) : left));
                }
                if (letter == null) {
                    continue;
                }
                String[] spellings = letter.spellings();
                // a final letter is its consonant (the first spelling) inside a word
                int spelt = letter.kind() == AbjadLetters.Kind.FINAL && i < n - 1 ? 1 : spellings.length;
                for (int k = 0; k < spelt; k++) {
                    String s = spellings[k];
                    // a word's first ya is the consonant y (Yasin, Jasim's j), never a Latin vowel (Issene)
                    if (i == 0 && letter.letter() == 'ي' && isVowel(s.charAt(0))) {
                        continue;
                    }
                    if (latin.startsWith(s, j)) {
                        relax(d, i + 1, j + s.length(), c);
                    }
                }
                // the a of an English open syllable spells a Hebrew yod (YOD)
                if (letter.letter() == YOD && j + 2 < m && latin.charAt(j) == 'a' && !isVowel(latin.charAt(j + 1))
                        && isVowel(latin.charAt(j + 2))) {
                    relax(d, i + 1, j + 1, c);
                }
                // a word-final ya may be an alif maqsura, read a, which Persian and Urdu write with the same letter (Isa):
                // the Latin part's last letter then
                if (i == n - 1 && letter.letter() == 'ي' && j == m - 1 && latin.charAt(j) == 'a') {
                    relax(d, i + 1, j + 1, c);
                }
                relax(d, i + 1, j, c + (isAssimilatedArticle(letters, i) ? 0
                        : i == 0 && j == 0 && !isVowel(latin.charAt(0)) && isInitialVowelCarrier(letters) ? INITIAL_VOWEL_LEFT_OUT
                        : leftOut(letter, i == n - 1)));
                if (j < m) {
                    boolean vowelFor = letter.kind() == AbjadLetters.Kind.WRITTEN && isVowel(latin.charAt(j));
                    relax(d, i + 1, j + 1, c + (vowelFor ? WRITTEN_VOWEL_CHANGED : EDIT));
                }
            }
            if (rowBest > budget) {
                return budget + 1;
            }
        }
        return Math.min(d[n][m], budget + 1);
    }

    /**
     * Whether the Latin part has, for every consonant the word writes, a letter one of its spellings begins
     * with. When not, the alignment costs at least an edit: screening compares a query's abjad words with
     * every part of fifty candidates, and this settles nearly all the unlike pairs before the search.
     */
    private static boolean everyConsonantCanBeSpelt(String letters, String latin) {
        long present = LatinLetters.of(latin);
        for (int i = 0; i < letters.length(); i++) {
            AbjadLetters.Letter l = AbjadLetters.letter(letters.charAt(i));
            boolean consonant = (l.kind() == AbjadLetters.Kind.CONSONANT && !isAssimilatedArticle(letters, i))
                    || l.kind() == AbjadLetters.Kind.FINAL && i < letters.length() - 1;
            if (consonant && (l.firsts() & present) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The Hebrew block of Unicode. */
    private static final char HEBREW_FIRST = '\u0590';
    private static final char HEBREW_LAST = '\u05FF';

    /** Whether a word is Hebrew's: a letter with a geresh reads as an Arabic letter (ג'ון), so any letter tells. */
    private static boolean isHebrew(String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (letters.charAt(i) >= HEBREW_FIRST && letters.charAt(i) <= HEBREW_LAST) {
                return true;
            }
        }
        return false;
    }

    /** Whether the letters are a Cyrillic rendering's, which writes its vowels (Kind.WRITTEN). */
    private static boolean writesVowels(String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (AbjadLetters.letter(letters.charAt(i)).kind() == AbjadLetters.Kind.WRITTEN) {
                return true;
            }
        }
        return false;
    }

    private static void relax(int[][] d, int i, int j, int cost) {
        if (cost < d[i][j]) {
            d[i][j] = cost;
        }
    }

    /**
     * The cost of a Latin character that spells no letter: a short vowel is free, a repeated consonant too; an h, w or y
     * is a glide only after a spelt letter ({@code beforeAnyLetter} says none is yet: Ahmed's h is no glide before معاذ's
     * mim) and an h not after a consonant it would make a digraph with (sh, ch, kh, gh, zh, ph spell other letters:
     * Shir is no عصار); a final e is free where {@code silentE} says it is silent ({@link #SILENT_E}).
     */
    private static int latinLeftOver(String latin, int j, boolean beforeAnyLetter, boolean silentE) {
        char ch = latin.charAt(j);
        if (isVowel(ch)) {
            if (j == latin.length() - 1 && j > 0 && !isVowel(latin.charAt(j - 1))) {
                return silentE && ch == SILENT_E ? 0 : FINAL_VOWEL_UNWRITTEN;
            }
            if (j == 0 || !isVowel(latin.charAt(j - 1))) {
                return 0;
            }
            char before = latin.charAt(j - 1);
            // French writes a short u ou (Mounir منير, Moustafa مصطفى, Boutros بطرس); in a word's last syllable an ou the
            // abjad does not write is the long vowel of another name (Mahmoud, not محمد), as Arabic names end -ud, -ur, -uf
            if (before == 'o' && ch == 'u' && vowelAfter(latin, j + 1)) {
                return 0;
            }
            return before == ch || before == 'o' && ch == 'u' ? LONG_VOWEL_UNWRITTEN : DIPHTHONG_UNWRITTEN;
        }
        if (j == 0) {
            return EDIT; // a word's first h, w or y is a consonant
        }
        if (j > 0 && latin.charAt(j - 1) == ch) {
            return 0;
        }
        if (beforeAnyLetter || ch == 'h' && DIGRAPH_FIRSTS.indexOf(latin.charAt(j - 1)) >= 0) {
            return EDIT;
        }
        return ch == 'h' || ch == 'w' || ch == 'y' ? LATIN_GLIDE : EDIT;
    }

    private static boolean vowelAfter(String latin, int from) {
        for (int j = from; j < latin.length(); j++) {
            if (isVowel(latin.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    /** The Latin consonants that an h after them turns into a digraph spelling another letter (sh, ch, kh, gh, zh, ph). */
    private static final String DIGRAPH_FIRSTS = "sckgzp";

    /**
     * Whether the letter at {@code i} is the lam of the article before a sun letter, which it becomes in speech
     * and in Latin: al-Din is ad-Din, Jalal al-Din is Jalaluddin, Abd al-Rahman is Abdurrahman.
     */
    private static boolean isAssimilatedArticle(String letters, int i) {
        return i > 0 && i + 1 < letters.length() && letters.charAt(i) == 'ل' && letters.charAt(i - 1) == 'ا'
                && SUN_LETTERS.indexOf(letters.charAt(i + 1)) >= 0 && !letters.startsWith(ALLAH, i - 1);
    }

    /**
     * Whether the word begins with an alif or alef that carries its first vowel: not the article's (al-Sudairi may be
     * written Sudairi, NameScorer's ARTICLE_LEFT_OUT), nor Allah's.
     */
    private static boolean isInitialVowelCarrier(String letters) {
        char first = letters.charAt(0);
        return (first == 'ا' || first == 'א') && !letters.startsWith(AbjadLetters.ARTICLE) && !letters.startsWith(HEBREW_ARTICLE);
    }

    private static final char ALIF = 'ا';

    /** The Arabic article as Hebrew writes it in Arabs' names (אל-סעוד). */
    private static final String HEBREW_ARTICLE = "אל";

    /** Allah, whose lams are both spoken (Abdullah, Hamdullah): no article before a lam. */
    private static final String ALLAH = "الله";

    /** The Arabic letters that assimilate the article's lam (al-shams al-qamariyya, the sun letters). */
    private static final String SUN_LETTERS = "تثدذرزسشصضطظلن";

    /**
     * The cost of a written letter that the Latin spelling leaves out. A word-final ha or ta marbuta is a vowel
     * that Latin writes (Fatima, Husna, Moshe), so leaving it out is how Husna meets Hasan.
     */
    private static int leftOut(AbjadLetters.Letter letter, boolean last) {
        return switch (letter.kind()) {
            // a word-final alif is a long a that Latin writes (Sima, Reza, Mirza): Sima is no Assim
            case SILENT -> last && letter.letter() == ALIF ? VOWEL_LEFT_OUT : 0;
            case FINAL -> last ? VOWEL_LEFT_OUT : EDIT;
            case VOWEL, WRITTEN -> VOWEL_LEFT_OUT;
            case CONSONANT -> EDIT;
        };
    }
}
