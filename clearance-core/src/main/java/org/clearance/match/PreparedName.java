package org.clearance.match;

import java.util.List;
import java.util.Set;
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
 * @param joinedReadings for each two adjacent parts, every reading of the first followed by every
 *                  reading of the second ("chin"+"ping" read "jinping"), empty when neither has readings
 */
record PreparedName(String original, NameKind kind, List<Token> tokens, boolean latin, List<String> skeletons,
        boolean chinese, List<Set<String>> joinedReadings) {
    PreparedName {
        tokens = OneClass.list(tokens);
        skeletons = OneClass.list(skeletons);
        joinedReadings = OneClass.list(joinedReadings.stream().map(OneClass::set).toList());
    }
}
