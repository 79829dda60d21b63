package org.clearance.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of party an entry describes. Names follow FollowTheMoney so that exports and the
 * yente-compatible API need no mapping table; {@code LegalEntity} is the source's word when it does
 * not say whether a party is a person or an organisation. Every reader of schema names (the FtM
 * reader, the API, the command line) goes through {@link #ofFtm} or {@link #ofTyped}, so that they
 * all know the same names.
 */
public enum Schema {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COMPANY("Company"),
    LEGAL_ENTITY("LegalEntity"),
    VESSEL("Vessel"),
    AIRCRAFT("Airplane");

    /**
     * FtM names read as one of ours besides our own: PublicBody extends Organization in FtM, Thing is the
     * root of FtM's schemata (a query for it asks for anything), and Aircraft is Airplane's older name.
     */
    private static final Map<String, Schema> FTM_NAMES = ftmNames();

    private final String ftmName;

    Schema(String ftmName) {
        this.ftmName = ftmName;
    }

    /** The FollowTheMoney schema name, e.g. {@code Person}. */
    public String ftmName() {
        return ftmName;
    }

    /** Whether the party is an organisation for certain (a legal entity may be a person). */
    public boolean isOrganisation() {
        return this == ORGANIZATION || this == COMPANY;
    }

    /** Whether a list entry of schema {@code entity} can be the party a query of this schema describes. */
    public boolean canMatch(Schema entity) {
        return switch (this) {
            case PERSON -> entity == PERSON || entity == LEGAL_ENTITY;
            case ORGANIZATION, COMPANY -> entity.isOrganisation() || entity == LEGAL_ENTITY;
            case LEGAL_ENTITY -> entity != VESSEL && entity != AIRCRAFT;
            case VESSEL -> entity == VESSEL;
            case AIRCRAFT -> entity == AIRCRAFT;
        };
    }

    /** The schema of an FtM schema name spelt as FtM spells it; empty for names of no party (Sanction, Address). */
    public static Optional<Schema> ofFtm(String name) {
        return Optional.ofNullable(name == null ? null : FTM_NAMES.get(name));
    }

    /** A schema as a person types it: an FtM name in any case, or the constant's name ({@code legal_entity}). */
    public static Optional<Schema> ofTyped(String text) {
        String t = text.strip();
        for (Map.Entry<String, Schema> e : FTM_NAMES.entrySet()) {
            if (e.getKey().equalsIgnoreCase(t)) {
                return Optional.of(e.getValue());
            }
        }
        for (Schema s : values()) {
            if (s.name().equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Schema> ftmNames() {
        Map<String, Schema> m = new HashMap<>();
        for (Schema s : values()) {
            m.put(s.ftmName, s);
        }
        m.put("PublicBody", ORGANIZATION);
        m.put("Thing", LEGAL_ENTITY);
        m.put("Aircraft", AIRCRAFT);
        return Map.copyOf(m);
    }
}
