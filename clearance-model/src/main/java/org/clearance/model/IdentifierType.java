package org.clearance.model;

/**
 * A normalised class of identifier, derived from the source's own label (kept in
 * {@link Identifier#label()}). Matching treats an exact match of the same type as strong evidence.
 */
public enum IdentifierType {
    PASSPORT,
    NATIONAL_ID,
    /** China's 18-character unified social credit code (统一社会信用代码). */
    USCC,
    LEI,
    IMO,
    MMSI,
    TAX_ID,
    REGISTRATION,
    SWIFT_BIC,
    CRYPTO_WALLET,
    AIRCRAFT_SERIAL,
    OTHER
}
