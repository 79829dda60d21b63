package org.clearance.lists.ofac;

import java.util.Map;
import org.clearance.model.IdentifierType;

/**
 * What each OFAC feature type becomes in the model. A feature type not listed here is kept as a
 * note reading "type value", so nothing the file says is lost; this table only lifts the facts that
 * matching or display use into their field.
 */
final class EnhancedFeatures {
    enum Target { BIRTH_DATE, BIRTH_PLACE, NATIONALITY, COUNTRY, GENDER, FLAG, PROPERTY, IDENTIFIER }

    /**
     * @param target   the field
     * @param property the FtM property name for PROPERTY (and the one a COUNTRY is also kept under), else null
     * @param idType   the identifier class for IDENTIFIER, else null
     */
    record Rule(Target target, String property, IdentifierType idType) {
        static Rule of(Target target) {
            return new Rule(target, null, null);
        }

        static Rule property(String name) {
            return new Rule(Target.PROPERTY, name, null);
        }

        static Rule identifier(IdentifierType type) {
            return new Rule(Target.IDENTIFIER, null, type);
        }
    }

    /** OFAC prefixes each wallet feature type with this and ends it with the currency code. */
    static final String DIGITAL_CURRENCY_PREFIX = "Digital Currency Address - ";

    /** Feature type names as OFAC writes them (the Enhanced and Advanced XML share them). */
    static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("Birthdate", Rule.of(Target.BIRTH_DATE)),
            // the model's birth dates of an organisation are its founding dates
            Map.entry("Organization Established Date", Rule.of(Target.BIRTH_DATE)),
            Map.entry("Place of Birth", Rule.of(Target.BIRTH_PLACE)),
            Map.entry("Nationality Country", Rule.of(Target.NATIONALITY)),
            Map.entry("Citizenship Country", Rule.of(Target.NATIONALITY)),
            Map.entry("Nationality of Registration", new Rule(Target.COUNTRY, "jurisdiction", null)),
            Map.entry("Gender", Rule.of(Target.GENDER)),
            Map.entry("Vessel Flag", Rule.of(Target.FLAG)),
            Map.entry("Vessel Call Sign", Rule.property("callSign")),
            Map.entry("Vessel Type", Rule.property("type")),
            Map.entry("Vessel Tonnage", Rule.property("tonnage")),
            Map.entry("Vessel Gross Registered Tonnage", Rule.property("grossRegisteredTonnage")),
            Map.entry("Vessel Year of Build", Rule.property("buildDate")),
            Map.entry("MMSI", Rule.identifier(IdentifierType.MMSI)),
            Map.entry("SWIFT/BIC", Rule.identifier(IdentifierType.SWIFT_BIC)),
            Map.entry("Email Address", Rule.property("email")),
            Map.entry("Phone Number", Rule.property("phone")),
            Map.entry("Website", Rule.property("website")),
            Map.entry("BIK (RU)", Rule.property("bikCode")),
            Map.entry("ISIN", Rule.property("isinCode")),
            Map.entry("Equity Ticker", Rule.property("ticker")),
            Map.entry("Organization Type:", Rule.property("sector")));

    private EnhancedFeatures() {}

    /** The rule for a feature type, or null when the feature is kept as a note. */
    static Rule rule(String featureType) {
        if (featureType == null) {
            return null;
        }
        if (featureType.startsWith(DIGITAL_CURRENCY_PREFIX)) {
            return Rule.identifier(IdentifierType.CRYPTO_WALLET);
        }
        return RULES.get(featureType);
    }
}
