package org.clearance.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.cases.Party;
import org.clearance.match.Query;

/**
 * A stored party as the query its screening through {@code POST /parties} used, for monitoring to
 * re-screen it alike (same names, dates, countries and identifiers from the same FtM properties).
 */
public final class StoredPartyQuery {
    private StoredPartyQuery() {}

    /**
     * @throws IllegalArgumentException naming the party when its stored properties no longer make a
     *                                  query (the party was stored by a version that accepted them)
     */
    public static Query of(Party party) {
        ObjectNode example = JsonNodeFactory.instance.objectNode().put("schema", party.schema());
        example.set("properties", party.properties());
        try {
            return QueryMapper.mapAt("party " + party.id(), example).query();
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
