package org.clearance.names.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearance.io.TsvResource;
import org.junit.jupiter.api.Test;

/** The data files are well formed: every row has its columns and a weight in (0,1]. */
class OrgDataFilesTest {

    @Test
    void legalFormsHaveClassAndPlace() {
        List<String[]> rows = TsvResource.rows(OrgLexicon.class, "legal-forms.tsv");
        assertThat(rows).hasSizeGreaterThan(150).allSatisfy(r -> {
            assertThat(r).hasSize(4);
            assertThat(r[2]).matches("[A-Z]+");
            assertThat(r[3]).isIn("any", "edge");
            assertThat(r[0]).isEqualTo(r[0].strip()).doesNotContain("  ");
        });
    }

    @Test
    void genericWeightsInRange() {
        assertThat(TsvResource.rows(OrgLexicon.class, "generic-words.tsv")).allSatisfy(r -> {
            assertThat(r).hasSize(4);
            assertThat(Double.parseDouble(r[1])).isGreaterThan(0).isLessThanOrEqualTo(1);
        });
    }

    @Test
    void placesGeneratedFromAllSources() {
        List<String[]> rows = TsvResource.rows(OrgLexicon.class, "places.tsv");
        assertThat(rows).extracting(r -> r[2]).contains("country", "province", "city", "xinjiang-county", "xpcc-city");
        assertThat(rows).extracting(r -> r[1]).containsOnly("latin", "han");
    }

    @Test
    void everyPlaceLevelHasAWeight() {
        OrgLexicon lex = OrgLexicon.load();
        assertThat(lex.latin).isNotEmpty();
    }
}
