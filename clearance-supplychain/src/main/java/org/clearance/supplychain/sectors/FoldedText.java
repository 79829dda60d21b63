package org.clearance.supplychain.sectors;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.names.Scripts;

/**
 * Text folded for phrase matching, remembering where each folded character came from so evidence
 * can point into the original. {@code NameText} is not used here: it turns Han into pinyin, which is
 * ambiguous for single-character words like 铝 and 棉, and it drops the offsets.
 */
final class FoldedText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCCasefoldInstance();
    /** ICU documents transliterators as not thread-safe. */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    /** Han characters already read: the transliterator costs microseconds per call, the map nanoseconds. */
    private static final Map<Integer, Integer> SIMPLIFIED = new ConcurrentHashMap<>();

    final String text;
    /** For each folded char, the original start and end (exclusive) offsets of the code point it came from. */
    private final int[] from;
    private final int[] to;

    FoldedText(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] f = new int[original.length() * 2 + 4];
        int[] t = new int[f.length];
        for (int i = 0; i < original.length();) {
            int cp = original.codePointAt(i);
            int end = i + Character.charCount(cp);
            String folded = fold(cp);
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                boolean word = Character.isLetterOrDigit(c);
                if (!word && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) {
                    continue; // punctuation and runs of spaces read as one space: "T-shirt" = "t shirt"
                }
                if (out.length() == f.length) {
                    f = java.util.Arrays.copyOf(f, f.length * 2);
                    t = java.util.Arrays.copyOf(t, t.length * 2);
                }
                f[out.length()] = i;
                t[out.length()] = end;
                out.append(word ? c : ' ');
            }
            i = end;
        }
        this.text = out.toString();
        this.from = f;
        this.to = t;
    }

    int originalStart(int foldedIndex) {
        return from[foldedIndex];
    }

    int originalEnd(int foldedEndExclusive) {
        return to[foldedEndExclusive - 1];
    }

    /** A letter or digit of a spaced script: a phrase touching one is part of a longer word. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Scripts.isHan(c);
    }

    private static String fold(int cp) {
        if (Scripts.isHan(cp)) {
            return Character.toString(SIMPLIFIED.computeIfAbsent(cp, FoldedText::simplified));
        }
        return NFKC.normalize(Character.toString(cp));
    }

    /** One character's simplified form; a mapping that would change the length is not taken, to keep offsets simple. */
    private static int simplified(int cp) {
        String s = TO_SIMPLIFIED.get().transliterate(Character.toString(cp));
        return s.codePointCount(0, s.length()) == 1 ? s.codePointAt(0) : cp;
    }
}
