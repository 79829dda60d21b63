package org.clearance.match;

import java.util.List;
import java.util.Map;
import org.clearance.model.NameKind;

/**
 * A name as written and its comparable forms.
 *
 * @param tokens    the comparable parts
 * @param latin     whether the name was written in Latin script
 * @param skeletons the consonant skeleton of each word of a Latin name, or of a name in a script that
 *                  loses its vowels and has no alignment of its own (Syriac, a Uyghur name in Han), for
 *                  comparison across scripts
 * @param chinese   whether the name reads as a Chinese name (every part pinyin or another
 *                  romanisation, one a surname): then parts that differ by a syllable are different
 *                  names, not typos
 * @param joined    its parts written together, as another name may write them as one part
 * @param generations for each part, the generation it names in a patronymic chain
 *                  ({@link org.clearance.names.PatronymicChain}); empty when the name has no chain
 * @param shape     whether it is known to be a person's or an organisation's name
 * @param leadingTitles how many parts before the name are titles ("HRH Prince Turki", الأمير تركي): the person's own
 *                  name begins after them
 * @param syllables whether it is a company's name written in pinyin syllable by syllable (Heng Ye Ke Ji You Xian Gong
 *                  Si, {@link org.clearance.names.org.OrgNames#analyseSyllables}): the syllables of the characters a
 *                  list writes the name in, with which it is compared even where the list also has a Latin name
 * @param runs      of such a name, each part joined from three or more syllables (tu lu fan: tulufan) to those
 *                  syllables, which meet the same syllables read from a list's characters one by one; empty for most names
 * @param lastGeneration the generation of the chain's last link (the links count up), 0 when the name has no chain; derived
 *                  from {@code generations} when the name is made (what a caller passes is replaced), since the scorer asks
 *                  it of every pairing of two chains
 */
record PreparedName(String original, NameKind kind, List<Token> tokens, boolean latin, List<String> skeletons,
        boolean chinese, JoinedParts joined, List<Integer> generations, Shape shape, int leadingTitles, boolean syllables,
        Map<String, List<String>> runs, int lastGeneration) {
    /**
     * What a name is known to be a name of: from the schema of the entry or query, or, for a query that may be
     * either (LegalEntity), from the name itself: a legal form makes an organisation's name; a Korean or Japanese
     * person's name read as such, or a Chinese name in characters, a person's.
     */
    enum Shape { PERSON, ORGANISATION, EITHER }

    PreparedName {
        tokens = OneClass.list(tokens);
        skeletons = OneClass.list(skeletons);
        generations = List.copyOf(generations);
        runs = Map.copyOf(runs);
        lastGeneration = 0;
        for (int g : generations) {
            lastGeneration = Math.max(lastGeneration, g);
        }
    }

    /** This name as the reading of another writing of it ({@code written}), which explanations then show beside it. */
    PreparedName readFrom(String written) {
        return new PreparedName(written + " (" + original + ")", kind, tokens, latin, skeletons, chinese, joined, generations, shape,
                leadingTitles, syllables, runs, 0);
    }

    /** The generation of part {@code i}: 0 (the person's own or family name) when the name has no chain. */
    int generation(int i) {
        return generations.isEmpty() ? 0 : generations.get(i);
    }

    boolean hasChain() {
        return !generations.isEmpty();
    }

    /** Whether the name ends with its chain's last link, no family name after it ("Usama bin Ladin"). */
    boolean chainEndsName() {
        return hasChain() && generations.get(generations.size() - 1) > 0;
    }

    /**
     * Whether part {@code i} is the first word of its generation's name: the person's own first part or the word
     * after a link word. Only these are sure of their generation: a word after them may be the rest of a compound
     * that one writing splits and another does not (Abdul Aziz, 阿卜杜勒·阿齐兹).
     */
    boolean isGenerationHead(int i) {
        return hasChain() && (i == leadingTitles || i > leadingTitles && tokens.get(i - 1).has(Token.LINK));
    }
}
