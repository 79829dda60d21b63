package org.clearance.lists.ftm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clearance.model.IdentifierType;

/**
 * The FollowTheMoney names this package maps, in one place, shared by the reader and the exporter
 * so that what is exported reads back the same.
 */
final class FtmVocabulary {
    /**
     * FtM identifier properties and the class each one is, in the order identifiers are added.
     * Identifier-typed FtM properties not listed here (kppCode, okpoCode, dunsCode, ...) stay entity
     * properties: they are classifiers or secondary codes that matching should not treat as strong.
     */
    static final Map<String, IdentifierType> IDENTIFIER_PROPERTIES = identifiers();

    /** The property an identifier of each type is exported under when its label is not an FtM property. */
    static final Map<IdentifierType, String> EXPORT_IDENTIFIER_PROPERTY = exportIdentifiers();

    private FtmVocabulary() {}

    private static Map<String, IdentifierType> identifiers() {
        Map<String, IdentifierType> m = new LinkedHashMap<>();
        m.put("passportNumber", IdentifierType.PASSPORT);
        m.put("idNumber", IdentifierType.NATIONAL_ID);
        m.put("taxNumber", IdentifierType.TAX_ID);
        m.put("innCode", IdentifierType.TAX_ID);
        m.put("vatCode", IdentifierType.TAX_ID);
        m.put("registrationNumber", IdentifierType.REGISTRATION);
        m.put("ogrnCode", IdentifierType.REGISTRATION);
        m.put("leiCode", IdentifierType.LEI);
        m.put("swiftBic", IdentifierType.SWIFT_BIC);
        m.put("imoNumber", IdentifierType.IMO);
        m.put("mmsi", IdentifierType.MMSI);
        m.put("serialNumber", IdentifierType.AIRCRAFT_SERIAL);
        return Collections.unmodifiableMap(m);
    }

    private static Map<IdentifierType, String> exportIdentifiers() {
        Map<IdentifierType, String> m = new LinkedHashMap<>();
        m.put(IdentifierType.PASSPORT, "passportNumber");
        m.put(IdentifierType.NATIONAL_ID, "idNumber");
        // FtM has no property for China's USCC: it is the company's registration number there
        m.put(IdentifierType.USCC, "registrationNumber");
        m.put(IdentifierType.LEI, "leiCode");
        m.put(IdentifierType.IMO, "imoNumber");
        m.put(IdentifierType.MMSI, "mmsi");
        m.put(IdentifierType.TAX_ID, "taxNumber");
        m.put(IdentifierType.REGISTRATION, "registrationNumber");
        m.put(IdentifierType.SWIFT_BIC, "swiftBic");
        // FtM models wallets as CryptoWallet entities; on the party the nearest property is idNumber
        m.put(IdentifierType.CRYPTO_WALLET, "idNumber");
        m.put(IdentifierType.AIRCRAFT_SERIAL, "serialNumber");
        m.put(IdentifierType.OTHER, "idNumber");
        return Collections.unmodifiableMap(m);
    }
}
