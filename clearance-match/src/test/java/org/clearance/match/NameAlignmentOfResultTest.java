package org.clearance.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.clearance.model.Entity;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.clearance.testing.ListsIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link MatchIndex#nameAlignment}: the parts that met, as the screening scored them. */
class NameAlignmentOfResultTest {
    private static MatchIndex index;

    @BeforeAll
    static void openIndex() {
        index = ListsIndex.get();
    }

    @Test
    void theAlignmentIsTheOneBehindTheResultsNameScore() {
        // Li Fangwei is on OFAC's SDN list (us_ofac_sdn-11447) as "LI, Fangwei": both parts must meet
        Query q = Query.ofName(Schema.PERSON, "Fangwei Li");
        MatchResult r = index.match(q, MatchConfig.DEFAULT, 1, Set.of()).get(0);
        assertThat(r.entity().id()).isEqualTo("us_ofac_sdn-11447");

        NameAlignment a = index.nameAlignment(q, r.entity(), MatchConfig.DEFAULT).orElseThrow();

        FeatureScore name = r.explanation().get(0);
        assertThat(name.feature()).isEqualTo("name_match");
        assertThat(a.score()).isEqualTo(name.score());
        assertThat(name.detail()).endsWith(a.describe());
        assertThat(a.query().original()).isEqualTo("Fangwei Li");
        assertThat(a.pairs()).extracting(NameAlignment.Pair::query).contains("li", "fangwei");
        assertThat(a.extraQuery()).isEmpty();
    }

    @Test
    void anEntryTheIndexDoesNotHoldIsAlignedToo() {
        Entity outside = Entity.builder("test", "1", Schema.PERSON).name("Memet Abdulla Tursun", NameKind.PRIMARY).build();
        NameAlignment a = index.nameAlignment(Query.ofName(Schema.PERSON, "Tursun Memet"), outside, MatchConfig.DEFAULT)
                .orElseThrow();
        assertThat(a.pairs()).extracting(NameAlignment.Pair::list).containsExactlyInAnyOrder("memet", "tursun");
        assertThat(a.extraList()).containsExactly("abdulla");
    }

    @Test
    void aQueryWithoutComparablePartsHasNoAlignment() {
        Entity e = index.entities().get(0);
        Query punctuation = new Query(Schema.LEGAL_ENTITY, List.of("--- ..."), List.of(), List.of(), List.of(), null);
        assertThat(index.nameAlignment(punctuation, e, MatchConfig.DEFAULT)).isEmpty();
    }
}
