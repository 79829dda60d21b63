package org.clearance.model;

import java.util.Objects;

/**
 * An identifier of an entity.
 *
 * @param type    normalised class, derived from the label
 * @param label   the source's own name for it ("Passport", "Unified Social Credit Code (USCC)")
 * @param value   the value as written
 * @param country issuing country as the source writes it, else null
 * @param note    any remark the source attaches (issue date, "expires ...", "alt."), else null
 */
public record Identifier(IdentifierType type, String label, String value, String country, String note) {
    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
