package org.clearance.model;

/**
 * The kind of party an entry describes. Names follow FollowTheMoney so that exports and the
 * yente-compatible API need no mapping table; {@code LegalEntity} is the source's word when it does
 * not say whether a party is a person or an organisation.
 */
public enum Schema {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COMPANY("Company"),
    LEGAL_ENTITY("LegalEntity"),
    VESSEL("Vessel"),
    AIRCRAFT("Airplane");

    private final String ftmName;

    Schema(String ftmName) {
        this.ftmName = ftmName;
    }

    /** The FollowTheMoney schema name, e.g. {@code Person}. */
    public String ftmName() {
        return ftmName;
    }

    /** Reads an FtM schema name (also {@code Aircraft}); unknown schemata fall back to LegalEntity. */
    public static Schema fromFtm(String name) {
        if (name == null) {
            return LEGAL_ENTITY;
        }
        for (Schema s : values()) {
            if (s.ftmName.equalsIgnoreCase(name)) {
                return s;
            }
        }
        return "Aircraft".equalsIgnoreCase(name) ? AIRCRAFT : LEGAL_ENTITY;
    }
}
