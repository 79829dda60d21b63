package org.clearance.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearance.model.NameKind;
import com.ibm.icu.lang.UScript;
import java.util.regex.Pattern;
import org.clearance.names.NameText;
import org.clearance.names.PhoneticSkeleton;

/** Turns names into {@link PreparedName}s with the weights of one index. */
final class NamePreparer {
    private final TokenWeights weights;

    NamePreparer(TokenWeights weights) {
        this.weights = weights;
    }

    PreparedName prepare(String name, NameKind kind) {
        List<String> parts = NameText.tokens(name);
        List<Token> tokens = new ArrayList<>(parts.size());
        for (String p : parts) {
            tokens.add(new Token(p, TokenSimilarity.phonetic(p), weights.of(p), Set.of()));
        }
        int script = NameText.script(name);
        boolean latin = script == UScript.LATIN || script == UScript.COMMON;
        List<String> skeletons = latin ? skeletons(parts) : lossy(name, script) ? foreignSkeletons(name) : List.of();
        return new PreparedName(name, kind, List.copyOf(tokens), latin, skeletons);
    }

    /**
     * Whether a non-Latin name loses so much in transliteration that only its consonant skeleton can
     * be compared: abjads (Hebrew, Arabic) drop vowels, and Han or Kana transcriptions of foreign names
     * (marked by "·" between words) bend every syllable. Cyrillic, Greek and the like transliterate
     * nearly letter for letter, and Chinese names proper are compared by their pinyin parts.
     */
    private static boolean lossy(String name, int script) {
        return switch (script) {
            case UScript.HEBREW, UScript.ARABIC, UScript.SYRIAC, UScript.THAANA -> true;
            case UScript.HAN, UScript.KATAKANA, UScript.HIRAGANA -> WORD_DOT.matcher(name).find();
            default -> false;
        };
    }

    /** The middle dots (U+00B7, U+2022, U+30FB, U+2027) that separate the words of transcribed names. */
    private static final Pattern WORD_DOT = Pattern.compile("[\\u00b7\\u2022\\u30fb\\u2027]");

    private static List<String> skeletons(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String s = PhoneticSkeleton.of(w);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Words of a non-Latin name: Han transcriptions mark word breaks with "·", not spaces. */
    private static List<String> foreignSkeletons(String name) {
        List<String> words = new ArrayList<>();
        for (String segment : WORD_BREAK.split(name)) {
            String joined = String.join("", NameText.tokens(segment));
            if (!joined.isEmpty()) {
                words.add(joined);
            }
        }
        return skeletons(words);
    }

    /** Spaces and the middle dots (U+00B7, U+2022, U+30FB, U+2027) that separate the words of transcribed names. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\u00b7\u2022\u30fb\u2027]+");
}
