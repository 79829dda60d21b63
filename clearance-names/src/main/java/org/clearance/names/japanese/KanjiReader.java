package org.clearance.names.japanese;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.TokenInfoFST;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;

/**
 * Kuromoji (Lucene's Japanese morphological analyser, with the IPADIC dictionary) for names: the words of a
 * text with their readings and parts of speech, and every dictionary entry of a given surface.
 */
final class KanjiReader {
    static final String FAMILY_NAME = "名詞-固有名詞-人名-姓";
    static final String GIVEN_NAME = "名詞-固有名詞-人名-名";
    static final String PERSON_NAME = "名詞-固有名詞-人名";
    static final String NOUN = "名詞";

    /** One word of Kuromoji's best reading; reading is katakana, null for a word the dictionary lacks. */
    record Token(String surface, String reading, String partOfSpeech) {
        boolean isFamilyName() {
            return FAMILY_NAME.equals(partOfSpeech);
        }

        boolean isPersonName() {
            return partOfSpeech != null && partOfSpeech.startsWith(PERSON_NAME);
        }
    }

    /** One dictionary entry of a surface: its reading (katakana), part of speech, and IPADIC's word cost. */
    record Entry(String reading, String partOfSpeech, int cost) {
        boolean isPersonName() {
            return partOfSpeech.startsWith(PERSON_NAME);
        }
    }

    // A JapaneseTokenizer holds per-text state and is not thread-safe; building one costs little next to
    // the dictionary (a shared singleton), but keeping one per thread spares the attribute set-up per name.
    private final ThreadLocal<Tokenizing> tokenizer = ThreadLocal.withInitial(Tokenizing::new);
    private final TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();

    /** Kuromoji's best segmentation of a text without spaces, word by word. */
    List<Token> tokens(String text) {
        return tokenizer.get().tokens(text);
    }

    /** Every dictionary entry spelt exactly as the surface, cheapest (likeliest) first. */
    List<Entry> entries(String surface) {
        TokenInfoFST fst = dictionary.getFST();
        FST.BytesReader bytes = fst.getBytesReader();
        FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
        long output = 0;
        try {
            for (int i = 0; i < surface.length(); i++) {
                if (fst.findTargetArc(surface.charAt(i), arc, arc, i == 0, bytes) == null) {
                    return List.of();
                }
                output += arc.output();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!arc.isFinal()) {
            return List.of();
        }
        IntsRef ids = new IntsRef();
        dictionary.lookupWordIds((int) (output + arc.nextFinalOutput()), ids);
        char[] chars = surface.toCharArray();
        List<Entry> out = new ArrayList<>(ids.length);
        for (int k = 0; k < ids.length; k++) {
            int id = ids.ints[ids.offset + k];
            String reading = dictionary.getReading(id, chars, 0, chars.length);
            if (reading != null) {
                out.add(new Entry(reading, dictionary.getPartOfSpeech(id), dictionary.getWordCost(id)));
            }
        }
        out.sort(Comparator.comparingInt(Entry::cost));
        return List.copyOf(out);
    }

    /** Whether the dictionary knows the surface as a family name. */
    boolean canBeFamilyName(String surface) {
        return entries(surface).stream().anyMatch(e -> FAMILY_NAME.equals(e.partOfSpeech()));
    }

    private static final class Tokenizing {
        private final JapaneseTokenizer tokenizer =
                new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        private final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
        private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);

        List<Token> tokens(String text) {
            List<Token> out = new ArrayList<>();
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    out.add(new Token(term.toString(), reading.getReading(), pos.getPartOfSpeech()));
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return out;
        }
    }
}
