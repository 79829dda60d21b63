package org.clearance.names.abjad;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.io.TsvResource;
import org.clearance.names.LatinLetters;

/**
 * The letters of a word written in an abjad (Arabic script, Hebrew), folded to the base letters of
 * {@code letters.tsv}, with what each letter may be spelt as in Latin. Vowel signs, which names rarely carry
 * and never carry consistently, are dropped.
 */
public final class AbjadLetters {
    /**
     * How a letter behaves when a Latin spelling leaves it out (see {@code letters.tsv}); WRITTEN is a vowel that a
     * Cyrillic rendering writes where the abjad does not ({@code cyrillic.tsv}).
     */
    enum Kind { CONSONANT, VOWEL, SILENT, FINAL, WRITTEN }

    /**
     * @param firsts the first characters of its spellings ({@link LatinLetters#firsts}): a Latin part with none
     *               of them cannot spell the letter
     */
    record Letter(char letter, Kind kind, String[] spellings, long firsts) {
        Letter(char letter, Kind kind, String[] spellings) {
            this(letter, kind, spellings, LatinLetters.firsts(spellings));
        }
    }

    private static final Map<Character, Letter> LETTERS = load("letters.tsv");
    /** Cyrillic letters as they render the letters of Arabic-script names ({@code cyrillic.tsv}). */
    private static final Map<Character, Letter> CYRILLIC = load("cyrillic.tsv");
    /**
     * Letters written differently for position or by language but read alike: alif with hamza or madda,
     * Persian ye and kaf, Urdu he forms, and the Hebrew final forms.
     */
    private static final Map<Character, Character> FOLD = Map.ofEntries(
            Map.entry('أ', 'ا'), Map.entry('إ', 'ا'), Map.entry('آ', 'ا'), Map.entry('ٱ', 'ا'),
            Map.entry('ی', 'ي'), Map.entry('ۍ', 'ي'), Map.entry('ہ', 'ه'),
            Map.entry('ۃ', 'ة'), Map.entry('ك', 'ک'),
            Map.entry('ך', 'כ'), Map.entry('ם', 'מ'), Map.entry('ן', 'נ'), Map.entry('ף', 'פ'), Map.entry('ץ', 'צ'));

    /**
     * Hebrew letters with a geresh (׳, typed as an apostrophe) write the sounds Hebrew lacks, in foreign names and in
     * Arabs' names (the Academy of the Hebrew Language, rules for transcribing Arabic in Hebrew letters (2007) and
     * foreign words (2006)): ג׳ j (ג'ון John), ז׳ zh, צ׳ ch (צ'רלס Charles), ח׳ kh, ד׳ dh, ת׳ th, ע׳ gh, ט׳ z. Each is
     * read as the Arabic-script letter of that sound, whose Latin spellings letters.tsv gives (ג׳ as jim, ח׳ as kha).
     */
    private static final Map<Character, Character> WITH_GERESH = Map.of(
            'ג', 'ج', 'ז', 'ژ', 'צ', 'چ', 'ח', 'خ', 'ד', 'ذ', 'ת', 'ث', 'ע', 'غ', 'ט', 'ظ');

    /** The geresh and the apostrophes typed for it. */
    public static final String GERESH = "\u05F3'\u2019";

    /** The Arabic article (al-) as {@link #of} writes it, which a Latin spelling may leave out or write apart. */
    public static final String ARTICLE = "ال";

    private static final Map<String, String> PARTICLES = particles();
    /**
     * Letters that Uyghur writes and Arabic, Persian and Urdu do not: Uyghur Arabic script writes every vowel,
     * so its names are read by {@link org.clearance.names.uyghur.UyghurNames} rather than aligned as an abjad.
     */
    private static final String UYGHUR_LETTERS = "ەېۇۆۈۋ";

    private AbjadLetters() {}

    /** Whether a name in Arabic script is written in the Uyghur alphabet, which is no abjad. */
    public static boolean isUyghur(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (UYGHUR_LETTERS.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The Latin form of a name particle ("bin" for بن, "abu" for أبو), or null when the letters are none. */
    public static String particle(String letters) {
        return PARTICLES.get(letters);
    }

    /** Whether names in this script (an ICU {@link UScript} code) are written as an abjad. */
    public static boolean isAbjad(int script) {
        return script == UScript.ARABIC || script == UScript.HEBREW;
    }

    /**
     * The word's letters as folded base letters, in order; letters the table does not know (another script,
     * a rare letter) are left out, so the result may be empty.
     */
    public static String of(String word) {
        if (hasPresentationForm(word)) {
            // text taken from PDFs and old systems writes each letter's contextual shape (ﺻﺍﻠﺡ): NFKC gives the letters
            word = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC);
        }
        // Arabic has no letter for ch and writes it as ta and shin (تشارلز, Charles), as Hebrew writes it with tet and shin
        // beside tsadi with a geresh (טשרניחובסקי Tchernichovsky, דויטש Deutsch): read both as Persian che
        word = word.replace("تش", "چ").replace("טש", "چ");
        // Hebrew writes a consonantal vav or yod doubled (דיין Dayan, דוויד David): one letter
        word = word.replace("יי", "י").replace("וו", "ו");
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char f = FOLD.getOrDefault(c, c);
            if (i + 1 < word.length() && GERESH.indexOf(word.charAt(i + 1)) >= 0 && WITH_GERESH.containsKey(f)) {
                f = WITH_GERESH.get(f);
                i++;
            }
            if (LETTERS.containsKey(f)) {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /**
     * Whether a Latin initial may stand for the word of these letters ({@link #of}): a consonant that one of its first
     * letter's spellings begins with (Y. for يوسف, S. for صالح), as a Latin initial begins its word. A vowel is no such
     * evidence: alif and ayn are spelt by any vowel, and a lone A, E, I or U is a Burmese honorific (U Shwe), a
     * connective (Bank-e) or a series (Investments I) far more often than the initial of a written name.
     */
    public static boolean initialFits(String letters, char initial) {
        Letter first = letters.isEmpty() || LatinLetters.isVowel(initial) ? null : letter(letters.charAt(0));
        return first != null && (first.firsts() & LatinLetters.of(String.valueOf(initial))) != 0;
    }

    /** Whether the word holds an Arabic presentation form (Unicode's blocks A and B, U+FB50 to U+FEFF). */
    private static boolean hasPresentationForm(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\uFB50' && c <= '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    /**
     * The letters of a word written in Cyrillic, lower-cased, as {@code cyrillic.tsv} reads them when the word renders
     * an Arabic-script name: дж as one letter, a doubled letter once (Мухаммед, as the abjad writes the gemination:
     * not at all), letters the table does not know (ъ, ь, another script) left out; empty when none is left.
     */
    public static String ofCyrillic(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT).replace("дж", "џ");
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (CYRILLIC.containsKey(c) && (sb.isEmpty() || sb.charAt(sb.length() - 1) != c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether the letters of a Cyrillic word ({@link #ofCyrillic}) are the Arabic article as the Russian practical
     * transcription writes it: аль, эль, ел, or assimilated to a sun letter as spoken (аз-Завахири, ас-Сауд,
     * ар-Рахман), which Latin mostly writes al- or el- (ALA-LC does not assimilate it).
     */
    public static boolean isCyrillicArticle(String letters) {
        return letters.length() == 2 && (letters.charAt(0) == 'а' || letters.charAt(0) == 'э' || letters.charAt(0) == 'е')
                && CYRILLIC_SUN_LETTERS.indexOf(letters.charAt(1)) >= 0;
    }

    /** The article's lam (л) and the Cyrillic renderings of the Arabic sun letters (т, д, з, р, с, ш, н) it turns into. */
    private static final String CYRILLIC_SUN_LETTERS = "лтдзрсшн";

    static Letter letter(char c) {
        int i = c - FIRST;
        return i >= 0 && i < BY_CODE.length ? BY_CODE[i] : null;
    }

    /**
     * The letters by code point from {@link #FIRST} (Cyrillic, Hebrew, Arabic): alignment looks one up per cell, where
     * a map's boxing showed.
     */
    private static final char FIRST = '\u0400';
    private static final Letter[] BY_CODE = byCode();

    private static Letter[] byCode() {
        Letter[] out = new Letter['\u0700' - FIRST];
        for (Map<Character, Letter> table : List.of(LETTERS, CYRILLIC)) {
            for (Letter l : table.values()) {
                if (l.letter() < FIRST || l.letter() - FIRST >= out.length) {
                    throw new IllegalStateException("a letter outside Cyrillic, Hebrew and Arabic: " + l.letter());
                }
                out[l.letter() - FIRST] = l;
            }
        }
        return out;
    }

    private static Map<String, String> particles() {
        Map<String, String> m = new HashMap<>();
        for (String[] row : TsvResource.rows(AbjadLetters.class, "particles.tsv")) {
            String word = of(row[0]);
            if (row.length != 2 || word.length() != row[0].length() || m.put(word, row[1]) != null) {
                throw new IllegalStateException("particles.tsv: bad or repeated row " + String.join("|", row));
            }
        }
        return Map.copyOf(m);
    }

    private static Map<Character, Letter> load(String file) {
        Map<Character, Letter> m = new HashMap<>();
        List<String[]> rows = TsvResource.rows(AbjadLetters.class, file);
        for (String[] row : rows) {
            if (row.length != 3 || row[0].length() != 1) {
                throw new IllegalStateException(file + ": bad row " + String.join("|", row));
            }
            Letter l = new Letter(row[0].charAt(0), Kind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)), row[2].split(" "));
            if (m.put(l.letter(), l) != null) {
                throw new IllegalStateException(file + ": letter twice: " + row[0]);
            }
        }
        return Map.copyOf(m);
    }
}
