package org.clearance.lists;

import java.util.List;
import java.util.Locale;
import org.clearance.model.IdentifierType;

/**
 * Classifies a publisher's identifier label ("Passport", "Cedula No.", "Unified Social Credit Code
 * (USCC)") into an {@link IdentifierType}. The first rule whose keyword occurs in the lower-cased
 * label wins, so the more specific keywords come first.
 */
public final class IdentifierTypes {
    private record Rule(String keyword, IdentifierType type) {}

    private static final List<Rule> RULES = List.of(
            new Rule("unified social credit", IdentifierType.USCC),
            new Rule("uscc", IdentifierType.USCC),
            new Rule("legal entity number", IdentifierType.LEI),
            new Rule("lei", IdentifierType.LEI),
            new Rule("imo", IdentifierType.IMO),
            new Rule("mmsi", IdentifierType.MMSI),
            new Rule("passport", IdentifierType.PASSPORT),
            new Rule("passeport", IdentifierType.PASSPORT),
            new Rule("pasaporte", IdentifierType.PASSPORT),
            new Rule("tax", IdentifierType.TAX_ID),
            new Rule("inn", IdentifierType.TAX_ID),
            new Rule("rfc", IdentifierType.TAX_ID),
            new Rule("nit", IdentifierType.TAX_ID),
            new Rule("vat", IdentifierType.TAX_ID),
            new Rule("v.a.t.", IdentifierType.TAX_ID),
            new Rule("r.f.c.", IdentifierType.TAX_ID),
            new Rule("ruc", IdentifierType.TAX_ID),
            new Rule("national id", IdentifierType.NATIONAL_ID),
            new Rule("identification number", IdentifierType.NATIONAL_ID),
            new Rule("personal id", IdentifierType.NATIONAL_ID),
            new Rule("cedula", IdentifierType.NATIONAL_ID),
            new Rule("curp", IdentifierType.NATIONAL_ID),
            new Rule("c.u.r.p.", IdentifierType.NATIONAL_ID),
            new Rule("d.n.i.", IdentifierType.NATIONAL_ID),
            new Rule("id no", IdentifierType.NATIONAL_ID),
            new Rule("swift", IdentifierType.SWIFT_BIC),
            new Rule("bic", IdentifierType.SWIFT_BIC),
            new Rule("digital currency address", IdentifierType.CRYPTO_WALLET),
            new Rule("aircraft", IdentifierType.AIRCRAFT_SERIAL),
            new Rule("registration", IdentifierType.REGISTRATION),
            new Rule("business number", IdentifierType.REGISTRATION),
            new Rule("ogrn", IdentifierType.REGISTRATION),
            new Rule("company number", IdentifierType.REGISTRATION),
            new Rule("commercial registry", IdentifierType.REGISTRATION),
            new Rule("c.r. no.", IdentifierType.REGISTRATION),
            new Rule("chamber of commerce", IdentifierType.REGISTRATION),
            new Rule("trade license", IdentifierType.REGISTRATION),
            new Rule("economic register", IdentifierType.REGISTRATION),
            new Rule("government gazette", IdentifierType.REGISTRATION),
            new Rule("mercantil", IdentifierType.REGISTRATION),
            new Rule("d-u-n-s", IdentifierType.REGISTRATION));

    private IdentifierTypes() {}

    public static IdentifierType classify(String label) {
        if (label == null) {
            return IdentifierType.OTHER;
        }
        String l = label.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (containsWord(l, r.keyword())) {
                return r.type();
            }
        }
        return IdentifierType.OTHER;
    }

    private static boolean containsWord(String text, String keyword) {
        int i = text.indexOf(keyword);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int end = i + keyword.length();
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            i = text.indexOf(keyword, i + 1);
        }
        return false;
    }
}
