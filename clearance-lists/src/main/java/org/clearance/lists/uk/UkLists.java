package org.clearance.lists.uk;

import java.util.Locale;
import java.util.Map;
import org.clearance.model.Schema;

/** What the two UK lists share: who publishes them, their dataset, and their entry types. */
final class UkLists {
    /** OFSI (HM Treasury) and the FCDO publish the UK's designations between them. */
    static final String AUTHORITY = "UK OFSI / FCDO";

    /** Both UK files describe the same designations, so they share one dataset and one id space. */
    static final String DATASET = "gb_sanctions";

    /** OFSI "Group Type" and FCDO "IndividualEntityShip", lower-cased. */
    private static final Map<String, Schema> TYPES = Map.of(
            "individual", Schema.PERSON,
            "entity", Schema.ORGANIZATION,
            "ship", Schema.VESSEL);

    private UkLists() {}

    /** The schema of an entry type, or null when the type is none the UK uses. */
    static Schema schema(String type) {
        return type == null ? null : TYPES.get(type.strip().toLowerCase(Locale.ROOT));
    }
}
