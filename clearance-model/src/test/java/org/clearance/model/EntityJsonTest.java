package org.clearance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EntityJsonTest {
    private static Entity sample(String alias) {
        return Entity.builder("us_ofac_sdn", "29300", Schema.PERSON)
                .name(new Name("SUN, Jinlong", NameKind.PRIMARY, "Jinlong", "SUN", null))
                .name(alias, NameKind.ALIAS)
                .name(new Name("孙金龙", NameKind.ORIGINAL_SCRIPT, null, null, "zh"))
                .birthDate(new PartialDate(1962, 1, 0))
                .identifier(new Identifier(IdentifierType.NATIONAL_ID, "National ID No.", "650103", "China", null))
                .sanction(new Sanction("US Treasury OFAC", "GLOMAG", LocalDate.of(2020, 7, 31), null))
                .property("email", "x@example.org")
                .build();
    }

    @Test
    void roundTripsEveryField() {
        Entity e = sample("SUN Jinlong");
        Entity back = EntityJson.read(EntityJson.write(e));
        assertThat(back).isEqualTo(e);
        assertThat(EntityJson.write(e)).contains("\"1962-01\"").contains("\"2020-07-31\"").contains("孙金龙");
    }

    @Test
    void equalEntitiesHashEquallyAndAnyChangeShows() {
        assertThat(EntityJson.sha256(EntityJson.write(sample("A")))).isEqualTo(EntityJson.sha256(EntityJson.write(sample("A"))));
        assertThat(EntityJson.sha256(EntityJson.write(sample("A")))).isNotEqualTo(EntityJson.sha256(EntityJson.write(sample("B"))));
    }
}
