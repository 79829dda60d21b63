package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;

/**
 * Screening scores candidates without explanations and explains only those it reports; the two paths
 * must give the same score, or a reported score would differ from the one that ranked it.
 */
class NameScorerScoreOnlyTest {
    private static final NamePreparer PREPARER = new NamePreparer(new TokenWeights(Map.of()));
    private static final NameScorer SCORER = new NameScorer(MatchConfig.DEFAULT);

    @Test
    void scoreEqualsTheExplainedScoreOnEveryLabelledPair() throws IOException {
        int compared = 0;
        for (String file : List.of("pairs-dev.csv", "chinese-uyghur-names-dev.csv")) {
            for (CSVRecord r : csv(file)) {
                Schema schema = Schema.ofFtm(r.get("schema")).orElse(Schema.LEGAL_ENTITY);
                PreparedName a = PREPARER.prepare(r.get("name1"), NameKind.PRIMARY, schema);
                PreparedName b = PREPARER.prepare(r.get("name2"), NameKind.PRIMARY, schema);
                for (boolean crossScript : new boolean[] {true, false}) {
                    assertThat(SCORER.score(a, b, crossScript)).as("%s ~ %s", a.original(), b.original())
                            .isEqualTo(SCORER.align(a, b, crossScript).score());
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1_000);
    }

    @Test
    void explainedScoreOfAJoinedNameKeepsThePlusInItsPair() {
        PreparedName q = PREPARER.prepare("Abdul Rahman", NameKind.PRIMARY, Schema.PERSON);
        PreparedName l = PREPARER.prepare("Abdulrahman", NameKind.PRIMARY, Schema.PERSON);
        NameAlignment a = SCORER.align(q, l, true);
        assertThat(a.pairs()).extracting(NameAlignment.Pair::query).containsExactly("abdul+rahman");
        assertThat(SCORER.score(q, l, true)).isEqualTo(a.score()).isEqualTo(1.0);
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        Path p = Path.of(System.getProperty("clearance.shared"), "eval", file);
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
