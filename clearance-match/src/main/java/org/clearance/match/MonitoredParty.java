package org.clearance.match;

import java.util.Objects;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.NameKind;

/**
 * A party kept for monitoring: its own id (the case store's) and the query it is screened with.
 *
 * @throws IllegalArgumentException when the query has no name: a party is found again by its names
 */
public record MonitoredParty(String id, Query query) {
    /** The dataset of parties as entities, which never clashes with a list's. */
    static final String DATASET = "party";

    public MonitoredParty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
        if (query.names().stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("party " + id + " has no name to monitor");
        }
    }

    /**
     * The party as an entity of the {@link PartyIndex}: what its query holds, so that two parties
     * with equal entities screen alike and a party whose entity changed must be indexed again.
     */
    Entity entity() {
        Entity.Builder b = Entity.builder(DATASET, id, query.schema());
        query.names().stream().filter(n -> !n.isBlank()).forEach(n -> b.name(n, NameKind.PRIMARY));
        query.birthDates().forEach(b::birthDate);
        query.countries().forEach(b::country);
        query.identifiers().forEach(v -> b.identifier(new Identifier(IdentifierType.OTHER, null, v, null, null)));
        b.gender(query.gender());
        return b.build();
    }
}
