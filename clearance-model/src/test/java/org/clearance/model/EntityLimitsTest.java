package org.clearance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The import's check and the reader of stored entities agree: what the check passes reads back, and only that. */
class EntityLimitsTest {
    private static Entity withNote(String note) {
        return Entity.builder("us_ofac_sdn", "306", Schema.ORGANIZATION)
                .name(Name.of("BANCO NACIONAL DE CUBA", NameKind.PRIMARY)).note(note).build();
    }

    @Test
    void aTextAtTheLimitPassesAndReadsBack() {
        Entity e = withNote("x".repeat(EntityLimits.MAX_TEXT_CHARS));
        byte[] json = EntityJson.writeBytes(e);
        assertThat(EntityLimits.problem(e, json)).isNull();
        assertThat(EntityJson.read(json)).isEqualTo(e);
    }

    @Test
    void aTextPastTheLimitIsNamedAndWouldNotReadBack() {
        Entity e = withNote("x".repeat(EntityLimits.MAX_TEXT_CHARS + 1));
        byte[] json = EntityJson.writeBytes(e);
        assertThat(EntityLimits.problem(e, json)).isEqualTo("field /notes/0: 65,537 characters, over the limit of 65,536");
        assertThatThrownBy(() -> EntityJson.read(json)).hasMessageContaining("stored entity is not readable");
    }

    @Test
    void tooManyNamesAreRefused() {
        Entity.Builder b = Entity.builder("us_ofac_sdn", "306", Schema.ORGANIZATION);
        for (int i = 0; i <= EntityLimits.MAX_NAMES; i++) {
            b.name(Name.of("BANCO " + i, NameKind.ALIAS));
        }
        Entity e = b.build();
        assertThat(EntityLimits.problem(e, EntityJson.writeBytes(e))).isEqualTo("names: 2,001 names, over the limit of 2,000");
    }
}
