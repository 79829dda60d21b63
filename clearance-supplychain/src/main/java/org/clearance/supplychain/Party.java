package org.clearance.supplychain;

import java.util.Objects;

/**
 * One party in a supply chain: a farm, a mill, a factory, the importer.
 *
 * @param id      the chain's own id for the party, unique within the chain
 * @param name    the party's name as the importer knows it
 * @param address its address, in any script, or null when unknown
 * @param country the country as written (name or ISO code), or null when unknown
 * @param role    what it does in the chain ("ginner", "polysilicon maker"), or null
 */
public record Party(String id, String name, String address, String country, String role) {
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
