package org.clearance.model;

import java.util.Objects;

/**
 * One name of an entity, as the source writes it.
 *
 * @param full   the whole name as written (original script kept, never transliterated here)
 * @param kind   what the name is to the entity
 * @param given  given name(s) where the source splits them out, else null
 * @param family family name where the source splits it out, else null
 * @param lang   ISO 639 code where the source says which language or script, else null
 */
public record Name(String full, NameKind kind, String given, String family, String lang) {
    public Name {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(kind, "kind");
    }

    public static Name of(String full, NameKind kind) {
        return new Name(full, kind, null, null, null);
    }
}
