package org.clearance.names;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.clearance.names.uyghur.UyghurScript;

/**
 * Text in, comparable name tokens out: Unicode NFKC, transliteration of every script to Latin with
 * ICU ({@code Any-Latin}: Arabic, Hebrew, Armenian, Georgian, Hangul, Han to pinyin and more; Cyrillic and Greek
 * by the systems the lists use), diacritics and case folded, punctuation dropped. The original is kept by the caller;
 * this only derives the comparable form.
 */
public final class NameText {
    /** Names longer than this are cut: no real name is, and matching cost grows with length. */
    public static final int MAX_CHARS = 300;

    private static final Normalizer2 NFKC = Normalizer2.getNFKCCasefoldInstance();
    /**
     * One ICU transform per thread: Transliterator instances keep no state between calls in practice,
     * but ICU documents them as not thread-safe.
     */
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    /**
     * Cyrillic and Greek names as the lists spell them: Cyrillic by the BGN/PCGN systems (Кудрявцев Kudryavtsev, Юсуф
     * Yusuf, Измайлов Izmaylov), where ICU's Any-Latin writes ISO 9 (kudrâvcev, ûsuf, izmajlov) and no list does; Greek
     * by ELOT 743, which UNGEGN and BGN/PCGN adopted for Greek in 1987 and 1996 and which Greek passports and the lists
     * write (Γεώργιος Georgios, Χατζηγεωργίου Chatzigeorgiou), where ICU's Greek-Latin/BGN is the 1962 system (Yeoryios,
     * Khatziyeoryiou) that no list on file writes. The language is told by the letters only it writes; other Cyrillic
     * is read as Russian, the commonest on the lists.
     */
    private static final List<ListSystem> LIST_SYSTEMS = List.of(
            new ListSystem("іїєґ", "Ukrainian-Latin/BGN"),
            new ListSystem("ѓќѕ", "Macedonian-Latin/BGN"),
            new ListSystem("ђћ", "Serbian-Latin/BGN"),
            new ListSystem("әғқңөұһ", "Kazakh-Latin/BGN"),
            new ListSystem("ў", "Belarusian-Latin/BGN"),
            new ListSystem("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "Russian-Latin/BGN"),
            new ListSystem("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ", "Greek-Latin/UNGEGN"));

    /**
     * What BGN/PCGN writes between letters that would read as another letter together, and that no list writes: the
     * middle dot (Дэвид d·evid, Братск brat·sk, Лэй l·ey) and the hard sign's double prime (Подъячев pod"yachev). Left
     * in, each split one word in two ("d" and "evid").
     */
    private static final String BGN_SEPARATORS = "[\\u00B7\\u02BA] Remove";

    /** The lists' transform for text holding any of {@code letters} (lower case, as NFKC case folding leaves them). */
    private record ListSystem(String letters, ThreadLocal<Transliterator> transform) {
        ListSystem(String letters, String id) {
            this(letters, ThreadLocal.withInitial(
                    () -> Transliterator.getInstance(id + "; " + BGN_SEPARATORS + "; Any-Latin; Latin-ASCII; Lower")));
        }

        boolean reads(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (letters.indexOf(s.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Text already in Latin letters (Müller, Đorđević) needs only the much faster folding step. */
    private static final ThreadLocal<Transliterator> FOLD_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Latin-ASCII; Lower"));
    /**
     * Transliterations already made, by normalised text. ICU's Any-Latin costs tens of microseconds a
     * name, and the same words come back again and again: the place, trade and industry words of
     * company names in characters (无锡, 纺织), the parts of list names. The transform is a pure
     * function, so a remembered result is the same text.
     */
    private static final Map<String, String> TRANSLITERATED = new ConcurrentHashMap<>();
    /**
     * Texts remembered at most: about 10 MB. When full the memory is emptied and fills again with what
     * recurs, which keeps it bounded however many distinct names a long-running server sees.
     */
    static final int MAX_REMEMBERED = 50_000;
    /** Code points below this are Latin, Latin-1 and Latin Extended-A/B letters or common punctuation. */
    private static final int LATIN_EXTENDED_END = 0x0250;

    private NameText() {}

    /** The comparable tokens of a name: lower-case ASCII words and numbers, in order. */
    public static List<String> tokens(String name) {
        return name == null ? new ArrayList<>() : words(latin(name));
    }

    /** The words of a folded text: lower-case ASCII letters and digits, an apostrophe inside a word dropped. */
    private static List<String> words(String t) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (c == '\'' && word.length() > 0) {
                continue; // "ch'en", "kade'er": an apostrophe marks a syllable, not a word boundary
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        return out;
    }

    /**
     * The words of a name written in Cyrillic, lower-case, parted at spaces and commas (lists write "Family, Given"), a
     * hyphen inside a word dropped (Цзинь-пин, Кын-хе): for the readers of Chinese and Korean names Russian writes
     * syllable by syllable. Empty when the name does not begin with a Cyrillic letter, which is asked first: every
     * person's name in another script is asked.
     */
    public static List<String> cyrillicWords(String name) {
        String s = name.strip();
        if (s.isEmpty() || Character.UnicodeScript.of(s.codePointAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return List.of();
        }
        return List.of(CYRILLIC_WORD_BREAK.split(s.toLowerCase(Locale.ROOT).replace("-", "")));
    }

    private static final Pattern CYRILLIC_WORD_BREAK = Pattern.compile("[\\s,]+");

    /**
     * The tokens of a name's other usual spelling, word for word: of a Cyrillic name as ISO 9 (ICU's Any-Latin) writes
     * them, which lists in other languages use (Izmajlov, Fejsal), where {@link #tokens} writes BGN/PCGN, or of one that
     * may be Uyghur ({@link UyghurScript#mayBeUyghurCyrillic}) as Uyghur Latin (ULY) does; of a Greek name
     * with the b, d and g of foreign names read as such ({@link #foreignGreek}); of a name in a script of India with the f
     * and z of names from Arabic and Persian read as such ({@link #foreignIndic}); empty for other names.
     */
    public static List<String> otherTokens(String name) {
        int script = name == null ? UScript.COMMON : script(name);
        if (INDIC.contains(script)) {
            return foreignIndic(tokens(name), script);
        }
        if (script != UScript.CYRILLIC && script != UScript.GREEK) {
            return List.of();
        }
        String s = NFKC.normalize(name.length() > MAX_CHARS ? name.substring(0, MAX_CHARS) : name);
        if (script == UScript.GREEK) {
            return words(GREEK_FOREIGN.get().transliterate(foreignGreek(s)));
        }
        // a Uyghur name in Cyrillic as ULY writes it (Рабийә rabiye, Нур Бәкри nur bekri), as the lists write Uyghur names,
        // where Kazakh BGN/PCGN reads ә as a (rabiia): ISO 9 would say no more than BGN/PCGN of these letters
        return words(UyghurScript.mayBeUyghurCyrillic(s) ? FOLD_LATIN.get().transliterate(UyghurScript.fromCyrillic(s))
                : TO_LATIN.get().transliterate(s));
    }

    /**
     * Modern Greek writes the b, d and g of foreign names as μπ, ντ and γκ (Αμπντάλα Abdallah, Φαχντ Fahd, Ντόναλντ
     * Donald), which ELOT 743 reads letter for letter inside a word (ampntala) and the 1962 BGN/PCGN system too
     * (ambndala): the name's other spelling reads them as the sounds (ELOT 743's own rule at the start of a word), in
     * the 1962 system, which writes χ as the kh of the Arabic names so rendered (Φαχντ Fahd, Χαλίντ Khalid) where
     * ELOT 743 writes the ch of Greek names (Χρήστος Christos).
     */
    private static String foreignGreek(String lowerCase) {
        return FINAL_MP.matcher(lowerCase).replaceAll("mp").replace("μπ", "b").replace("ντ", "d").replace("γκ", "g");
    }

    /**
     * Hindi writes the f and z of names from Arabic and Persian with a nukta (फ़ैसल, अज़ीज़) that most writers leave out,
     * and Marathi writes z with झ (अझीझ): फैसल reads phaisal, अझीझ ajhijh, where the name is Faisal, Aziz. Malayalam and
     * the other scripts write the f with their pha too (യൂസുഫ് Yusuf). Empty when no word has them.
     */
    private static List<String> foreignIndic(List<String> tokens, int script) {
        List<String> out = new ArrayList<>(tokens.size());
        boolean other = false;
        for (String t : tokens) {
            String f = t.replace("ph", "f");
            f = script == UScript.DEVANAGARI ? f.replace("jh", "z") : f;
            other |= !f.equals(t);
            out.add(f);
        }
        return other ? out : List.of();
    }

    /** μπ at a word's end, where it is the mp of foreign names (Τραμπ Trump). */
    private static final java.util.regex.Pattern FINAL_MP = java.util.regex.Pattern.compile("μπ(?!\\p{L})");
    private static final ThreadLocal<Transliterator> GREEK_FOREIGN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Greek-Latin/BGN; Any-Latin; Latin-ASCII; Lower"));

    /** The name folded to lower-case ASCII Latin, punctuation kept. */
    public static String latin(String name) {
        String s = name.length() > MAX_CHARS ? name.substring(0, MAX_CHARS) : name;
        s = NFKC.normalize(s);
        if (isAscii(s)) {
            return s;
        }
        String known = TRANSLITERATED.get(s);
        if (known == null) {
            known = transliterate(s);
            if (TRANSLITERATED.size() >= MAX_REMEMBERED) {
                TRANSLITERATED.clear();
            }
            TRANSLITERATED.put(s, known);
        }
        return known;
    }

    private static String transliterate(String normalised) {
        // Azerbaijani schwa: ICU's Latin-ASCII drops it, and English writes it a (Əliyev, Aliyev; Heydər, Heydar)
        String s = normalised.replace('’', '\'').replace('‘', '\'').replace('ə', 'a').replace('Ə', 'a');
        boolean latin = isLatinExtended(s);
        if (!latin && InherentVowels.drops(script(s))) {
            s = InherentVowels.mark(s);
        }
        if (!latin && script(s) == UScript.MALAYALAM) {
            s = malayalamVowels(s);
        }
        Transliterator t = latin ? FOLD_LATIN.get() : transform(s);
        // ayn and hamza marks from Arabic become apostrophes, which tokens() reads as syllable marks
        return t.transliterate(s).replace('ʿ', '\'').replace('ʾ', '\'').replace('’', '\'').replace(ETHIOPIC_SIXTH, 'e');
    }

    /**
     * The vowel of Ethiopic's sixth order as ICU writes it (ǝ), which Latin-ASCII leaves and tokens() would split a
     * word at (ንጉሥ nǝguś): names spell it e (Negus, Menelik) where they write it; the Latin alphabets of West African
     * languages write the same letter for the same vowel (CLDR's Fula and Ewe country names).
     */
    private static final char ETHIOPIC_SIXTH = 'ǝ';

    /**
     * Malayalam's two-part vowel signs o, ō and au (ൊ ോ ൌ, and ൗ, au as written since 1971), which ICU reads as their two
     * halves (ഗൊ gea, സൗദ് sad), written as the virama and the vowel's own letter, which it reads right (go, saud).
     */
    private static String malayalamVowels(String s) {
        return s.replace("\u0D4A", "\u0D4D\u0D12").replace("\u0D4B", "\u0D4D\u0D13").replace("\u0D4C", "\u0D4D\u0D14")
                .replace("\u0D57", "\u0D4D\u0D14");
    }

    private static Transliterator transform(String s) {
        int script = script(s);
        if (script == UScript.CYRILLIC || script == UScript.GREEK) {
            for (ListSystem b : LIST_SYSTEMS) {
                if (b.reads(s)) {
                    return b.transform().get();
                }
            }
        }
        return INDIC.contains(script) ? HUNTERIAN.get() : TO_LATIN.get();
    }

    /** The scripts of India, which ICU writes in ISO 15919. */
    private static final java.util.Set<Integer> INDIC = java.util.Set.of(UScript.DEVANAGARI, UScript.BENGALI,
            UScript.GURMUKHI, UScript.GUJARATI, UScript.ORIYA, UScript.TAMIL, UScript.TELUGU, UScript.KANNADA,
            UScript.MALAYALAM);
    /**
     * Names in the scripts of India as the Hunterian system, India's own romanisation of names, writes them: ISO 15919
     * writes च c, छ ch, श ś and ष ṣ, where names are spelt ch, chh, sh and sh (Chandra, Shah, Sheikh; not Candra,
     * Sah, Sekh).
     */
    private static final ThreadLocal<Transliterator> HUNTERIAN = ThreadLocal.withInitial(() -> Transliterator.createFromRules(
            "Indic-Latin/Hunterian", ":: Any-Latin; ch > chh; c > ch; ś > sh; ṣ > sh; :: Latin-ASCII; :: Lower;",
            Transliterator.FORWARD));

    /** The main script of a text (Latin, Han, Arabic, Cyrillic...), ignoring common characters. */
    public static int script(String text) {
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int sc = UScript.getScript(cp);
            if (sc != UScript.COMMON && sc != UScript.INHERITED) {
                return sc;
            }
            i += Character.charCount(cp);
        }
        return UScript.COMMON;
    }

    private static boolean isLatinExtended(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= LATIN_EXTENDED_END) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
