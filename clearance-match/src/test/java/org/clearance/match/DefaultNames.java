package org.clearance.match;

import java.util.Map;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.clearance.testing.ListsIndex;

/**
 * Two names scored as screening scores a primary name, with the default settings and without any list's part weights
 * (every part weighs alike), or as the bundled lists' index compares them: the ways the name-knowledge tests ask for a score.
 */
final class DefaultNames {
    static final NamePreparer PREPARER = new NamePreparer(new TokenWeights(Map.of()));
    static final NameScorer SCORER = new NameScorer(MatchConfig.DEFAULT);

    private DefaultNames() {}

    static double score(String query, Schema querySchema, String listName, Schema listSchema) {
        return SCORER.align(PREPARER.prepare(query, NameKind.PRIMARY, querySchema),
                PREPARER.prepare(listName, NameKind.PRIMARY, listSchema)).score();
    }

    /** Two persons' names. */
    static double score(String query, String listName) {
        return score(query, Schema.PERSON, listName, Schema.PERSON);
    }

    /**
     * Two persons' names compared as {@code clearance pairs} compares them, with the bundled lists' part weights and
     * the entry prepared as the index prepares it (its other readings too: a Korean one of Hanja, pinyin of Cyrillic).
     */
    static double asListed(String query, String listName) {
        return ListsIndex.get().compare(Schema.PERSON, query, listName, MatchConfig.DEFAULT).score();
    }
}
