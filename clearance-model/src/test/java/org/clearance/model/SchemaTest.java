package org.clearance.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaTest {
    @Test
    void ftmNamesAreReadAsFtmSpellsThem() {
        for (Schema s : Schema.values()) {
            assertThat(Schema.ofFtm(s.ftmName())).contains(s);
        }
        assertThat(Schema.ofFtm("PublicBody")).contains(Schema.ORGANIZATION);
        assertThat(Schema.ofFtm("Thing")).contains(Schema.LEGAL_ENTITY);
        assertThat(Schema.ofFtm("Aircraft")).contains(Schema.AIRCRAFT);
        assertThat(Schema.ofFtm("person")).isEmpty();
        assertThat(Schema.ofFtm("Sanction")).isEmpty();
        assertThat(Schema.ofFtm(null)).isEmpty();
    }

    @Test
    void typedNamesIgnoreCaseAndTakeTheConstantsNames() {
        assertThat(Schema.ofTyped(" person ")).contains(Schema.PERSON);
        assertThat(Schema.ofTyped("AIRCRAFT")).contains(Schema.AIRCRAFT);
        assertThat(Schema.ofTyped("airplane")).contains(Schema.AIRCRAFT);
        assertThat(Schema.ofTyped("legal_entity")).contains(Schema.LEGAL_ENTITY);
        assertThat(Schema.ofTyped("Planet")).isEmpty();
    }

    @Test
    void aQueryMatchesTheSchemataThatCanBeItsParty() {
        assertThat(Schema.PERSON.canMatch(Schema.LEGAL_ENTITY)).isTrue();
        assertThat(Schema.PERSON.canMatch(Schema.COMPANY)).isFalse();
        assertThat(Schema.COMPANY.canMatch(Schema.ORGANIZATION)).isTrue();
        assertThat(Schema.LEGAL_ENTITY.canMatch(Schema.PERSON)).isTrue();
        assertThat(Schema.LEGAL_ENTITY.canMatch(Schema.VESSEL)).isFalse();
        assertThat(Schema.VESSEL.canMatch(Schema.AIRCRAFT)).isFalse();
        assertThat(Schema.ORGANIZATION.isOrganisation()).isTrue();
        assertThat(Schema.LEGAL_ENTITY.isOrganisation()).isFalse();
    }
}
