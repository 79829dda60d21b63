package org.clearance.lists.eu;

import java.util.Locale;
import java.util.Map;
import org.clearance.lists.IdentifierTypes;
import org.clearance.model.IdentifierType;
import org.clearance.model.Schema;

/** The EU FSF's own codes: subject types and identification type codes. */
final class EuCodes {
    /**
     * Subject types by the codes the EU writes: the XML puts {@code person}/{@code enterprise} in
     * {@code code} and {@code P}/{@code E} in {@code classificationCode}, while the CSV has been seen with
     * the two columns the other way round, so both spellings are read from either place.
     */
    private static final Map<String, Schema> SUBJECT_TYPES = Map.of(
            "person", Schema.PERSON,
            "p", Schema.PERSON,
            "enterprise", Schema.ORGANIZATION,
            "e", Schema.ORGANIZATION);

    /**
     * Identification type codes whose meaning is fixed; any other code is classified from its
     * description ("National passport", "Registration Number") like every other publisher's label.
     */
    private static final Map<String, IdentifierType> IDENTIFICATION_TYPES = Map.of(
            "passport", IdentifierType.PASSPORT,
            "id", IdentifierType.NATIONAL_ID,
            "ssn", IdentifierType.NATIONAL_ID,
            "regnumber", IdentifierType.REGISTRATION,
            "fiscalcode", IdentifierType.TAX_ID,
            "taxid", IdentifierType.TAX_ID,
            "swiftbic", IdentifierType.SWIFT_BIC,
            "imo", IdentifierType.IMO);

    private EuCodes() {}

    /** The schema for a subject type, or null when neither code is one the EU uses. */
    static Schema subjectType(String code, String classificationCode) {
        for (String c : new String[] {code, classificationCode}) {
            if (c != null) {
                Schema s = SUBJECT_TYPES.get(c.trim().toLowerCase(Locale.ROOT));
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    static IdentifierType identificationType(String code, String description) {
        IdentifierType t = code == null ? null : IDENTIFICATION_TYPES.get(code.trim().toLowerCase(Locale.ROOT));
        if (t != null) {
            return t;
        }
        t = IdentifierTypes.classify(description);
        return t != IdentifierType.OTHER ? t : IdentifierTypes.classify(code);
    }
}
