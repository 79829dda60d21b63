package org.clearance.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A row of an uploaded file as the API's party ({@code {"id", "schema", "properties"}}), so that the
 * file is screened exactly as the same parties sent to {@code POST /match} or {@code POST /parties}.
 */
final class PartyQuery {
    /** The FtM schema of each type column value; "any" is FtM's LegalEntity, which matches people and organisations. */
    static final Map<String, String> SCHEMA = Map.of("person", "Person", "company", "Company", "vessel", "Vessel",
            "any", "LegalEntity");
    /** Where the birth_date column goes: a company's date is its incorporation. */
    static final Map<String, String> DATE_PROPERTY = Map.of("person", "birthDate", "company", "incorporationDate",
            "any", "birthDate");
    /** Where the identifier column goes: the FtM property the list readers put such identifiers in. */
    static final Map<String, String> IDENTIFIER_PROPERTY = Map.of("person", "idNumber", "company", "registrationNumber",
            "vessel", "imoNumber", "any", "idNumber");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PartyQuery() {}

    static ObjectNode of(PartyRow r) {
        ObjectNode o = NODES.objectNode();
        if (!r.id().isEmpty()) {
            o.put("id", r.id());
        }
        o.put("schema", SCHEMA.get(r.type()));
        ObjectNode p = o.putObject("properties");
        p.putArray("name").add(r.name());
        if (!r.birthDate().isEmpty()) {
            p.putArray(DATE_PROPERTY.get(r.type())).add(r.birthDate());
        }
        if (!r.country().isEmpty()) {
            p.putArray("country").add(r.country());
        }
        if (!r.identifier().isEmpty()) {
            p.putArray(IDENTIFIER_PROPERTY.get(r.type())).add(r.identifier());
        }
        return o;
    }
}
