package org.clearance.match.links;

/**
 * Why two entries of different lists were linked as one party: each rule is one sentence an examiner can check
 * against the two entries. The rules and their thresholds are applied in {@link LinkRules}.
 */
public enum LinkRule {
    /**
     * An analyst confirmed the pair and an approver agreed ({@link LinkDecision.Kind#CONFIRM}): first, so that the
     * rules' links join around it.
     */
    ANALYST_CONFIRMED("analyst_confirmed", "an analyst confirmed them as one party and a second person approved"),
    /** The publisher of one list names the other's UN designation, or both cite the same one. */
    UN_REFERENCE("un_reference", "both cite the same UN Security Council reference number"),
    /** A passport, national id, IMO, registration or tax number, LEI or SWIFT/BIC written on both. */
    SHARED_IDENTIFIER("shared_identifier", "both carry the same passport, national id, IMO, registration number or SWIFT/BIC, "
            + "and their names agree"),
    /** People: near-identical names and a birth year in common. */
    NAME_AND_BIRTH_DATE("name_and_birth_date", "people with near-identical names born in the same year"),
    /** Organisations, vessels and aircraft: near-identical names and a country in common. */
    NAME_AND_COUNTRY("name_and_country", "organisations with near-identical names in the same country"),
    /** Organisations: the same name of several words, word for word, where one list gives no country. */
    EXACT_NAME("exact_name", "organisations with the same name of four or more words, word for word, one list naming no country");

    private final String id;
    private final String description;

    LinkRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The rule as files, the API and the command line write it. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The rule of an id written by {@link #id()}. */
    public static LinkRule ofId(String id) {
        for (LinkRule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown link rule '" + id + "'");
    }
}
