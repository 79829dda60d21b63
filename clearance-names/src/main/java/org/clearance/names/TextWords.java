package org.clearance.names;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import org.clearance.names.uyghur.UyghurScript;

/**
 * Cuts a text into Latin-letter words (any alphabet, folded one by one to lower-case ASCII so every key keeps
 * the offsets of its original word) and runs of Han characters (matched as substrings, since Chinese has no
 * spaces). Uyghur Arabic-script words are read with {@link UyghurScript} first, as ICU's generic Arabic
 * transliteration drops the Uyghur vowels.
 */
public final class TextWords {
    /** A word: its offsets in the original text and its folded key; {@code han} marks a Han run (key = text). */
    public record Word(int start, int end, String key, boolean han) {}

    private TextWords() {}

    /** The words of a text in order; offsets are UTF-16 char indexes into {@code text}, end exclusive. */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Scripts.isHan(cp)) {
                int s = i;
                while (i < n && Scripts.isHan(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(new Word(s, i, text.substring(s, i), true));
            } else if (isWordChar(cp)) {
                int s = i;
                int script = UScript.COMMON;
                while (i < n) {
                    int c = text.codePointAt(i);
                    int sc = UScript.getScript(c);
                    // a change of alphabet ends a word: "ئۈرۈمچىUrumqi" is two names, read by two transliterations
                    boolean switches = script != UScript.COMMON && sc != script && sc != UScript.COMMON
                            && sc != UScript.INHERITED;
                    if (Scripts.isHan(c) || switches || !(isWordChar(c) || isApostrophe(c) && i > s)) {
                        break;
                    }
                    if (script == UScript.COMMON && sc != UScript.INHERITED) {
                        script = sc;
                    }
                    i += Character.charCount(c);
                }
                String key = key(text.substring(s, i), script == UScript.ARABIC);
                if (!key.isEmpty()) {
                    out.add(new Word(s, i, key, false));
                }
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** The key of a form from the data files: its words' keys joined by one space. */
    public static String formKey(String form) {
        StringBuilder b = new StringBuilder();
        for (Word w : of(form)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.key());
        }
        return b.toString();
    }

    private static String key(String word, boolean arabic) {
        String latin = NameText.latin(arabic ? UyghurScript.toLatin(word) : word);
        StringBuilder b = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isWordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.FORMAT && cp != 0xFEFF;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02bc';
    }
}
