package org.clearance.web;

import java.util.Map;
import org.clearance.api.PartyExample;
import org.clearance.model.Schema;

/**
 * A row of an uploaded file as the API's party, so that the file is screened exactly as the same
 * parties sent to {@code POST /match} or {@code POST /parties}.
 */
final class PartyQuery {
    /** The schema of each type column value; "any" is FtM's LegalEntity, which matches people and organisations. */
    static final Map<String, Schema> SCHEMA = Map.of("person", Schema.PERSON, "company", Schema.COMPANY,
            "vessel", Schema.VESSEL, "any", Schema.LEGAL_ENTITY);
    /** Where the birth_date column goes: a company's date is its incorporation. */
    static final Map<String, String> DATE_PROPERTY = Map.of("person", "birthDate", "company", "incorporationDate",
            "any", "birthDate");
    /** Where the identifier column goes: the FtM property the list readers put such identifiers in. */
    static final Map<String, String> IDENTIFIER_PROPERTY = Map.of("person", "idNumber", "company", "registrationNumber",
            "vessel", "imoNumber", "any", "idNumber");

    private PartyQuery() {}

    /** The row's party; empty columns are left out. */
    static PartyExample of(PartyRow r) {
        return PartyExample.of(r.id().isEmpty() ? null : r.id(), SCHEMA.get(r.type())).with("name", r.name())
                .with(DATE_PROPERTY.get(r.type()), r.birthDate()).with("country", r.country())
                .with(IDENTIFIER_PROPERTY.get(r.type()), r.identifier());
    }
}
