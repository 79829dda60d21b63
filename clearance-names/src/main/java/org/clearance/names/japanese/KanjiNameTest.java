package org.clearance.names.japanese;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.names.Scripts;

/**
 * Whether a name written in kanji alone is Japanese rather than Chinese. Both write the same characters, so the
 * test asks Kuromoji: a Japanese name starts with a word IPADIC knows as a family name and goes on in nouns,
 * where a Chinese name holds simplified characters Japanese does not use (习, 顾) or has the Chinese shape of a
 * one-character family name run together with a given name that IPADIC cannot read as one name (王毅, 秦燕).
 */
final class KanjiNameTest {
    /**
     * Japanese family names are mostly two kanji (佐藤, 鈴木) and Chinese ones mostly one (王, 李); a family name
     * shorter than this needs more evidence: a space after it, or a given name IPADIC knows as one name.
     */
    private static final int USUAL_FAMILY_NAME_CHARS = 2;
    /** Parts of speech a word of a Japanese name may take in IPADIC: nouns, and the prefixes 大 and 貴 of 大翔, 貴大. */
    private static final List<String> NAME_WORD_TAGS = List.of(KanjiReader.NOUN, "接頭詞");

    // ICU transliterators are not documented as safe for concurrent use: one per thread, and each character's
    // answer remembered (there are at most the ~100,000 Han code points).
    private static final ThreadLocal<Transliterator> TO_TRADITIONAL =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));
    private static final Map<Integer, Boolean> SIMPLIFIED = new ConcurrentHashMap<>();

    private KanjiNameTest() {}

    static boolean isJapanese(List<String> words, KanjiReader kuromoji) {
        String all = String.join("", words);
        if (all.isEmpty() || !all.codePoints().filter(Character::isLetter).allMatch(Scripts::isHan)) {
            return false;
        }
        List<KanjiReader.Token> tokens = new ArrayList<>();
        for (String w : words) {
            tokens.addAll(kuromoji.tokens(w));
        }
        if (tokens.isEmpty() || tokens.stream().anyMatch(KanjiNameTest::isChineseOnly)) {
            return false;
        }
        KanjiReader.Token family = tokens.get(0);
        boolean writtenApart = words.size() > 1 && words.get(0).equals(family.surface());
        if (!family.isFamilyName() && !(writtenApart && kuromoji.canBeFamilyName(family.surface()))) {
            return false;
        }
        List<KanjiReader.Token> given = tokens.subList(1, tokens.size());
        if (given.isEmpty()) {
            return family.surface().length() >= USUAL_FAMILY_NAME_CHARS; // 佐藤 alone; 王 alone is anyone's
        }
        if (!given.stream().allMatch(KanjiNameTest::isNameWord)) {
            return false;
        }
        if (family.surface().length() >= USUAL_FAMILY_NAME_CHARS || writtenApart) {
            return true;
        }
        // 林芳正: a short family name run together with a given name IPADIC knows whole
        return given.size() == 1 && given.get(0).partOfSpeech().equals(KanjiReader.GIVEN_NAME)
                && given.get(0).surface().length() >= USUAL_FAMILY_NAME_CHARS;
    }

    /**
     * A word IPADIC cannot read that holds a simplified Chinese character (习, 顾): Japanese does not write it.
     * A word it cannot read in characters that are not simplified (凜, 颯, name kanji newer than IPADIC) may be
     * Japanese.
     */
    private static boolean isChineseOnly(KanjiReader.Token t) {
        return t.reading() == null && t.surface().codePoints().anyMatch(KanjiNameTest::isSimplified);
    }

    private static boolean isNameWord(KanjiReader.Token t) {
        return t.partOfSpeech() != null && NAME_WORD_TAGS.stream().anyMatch(t.partOfSpeech()::startsWith);
    }

    private static boolean isSimplified(int c) {
        return SIMPLIFIED.computeIfAbsent(c, k -> {
            String s = new String(Character.toChars(k));
            return !TO_TRADITIONAL.get().transliterate(s).equals(s);
        });
    }
}
