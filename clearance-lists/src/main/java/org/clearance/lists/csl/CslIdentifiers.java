package org.clearance.lists.csl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.clearance.lists.IdentifierTypes;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;

/**
 * Files each entry of a CSL record's {@code ids} where it belongs. trade.gov copies every OFAC
 * "feature" into that column, so besides passports and tax numbers it holds contact details, the
 * gender, a former flag, and statements such as "Secondary sanctions risk:" that are no identifier.
 */
final class CslIdentifiers {
    /** Labels that are facts with an FtM property of their own, by lower-cased label. */
    private static final Map<String, String> PROPERTIES = Map.of(
            "email address", "email",
            "website", "website",
            "phone number", "phone",
            "former vessel flag", "pastFlags",
            "vessel call sign", "callSign");

    private static final String GENDER = "gender";

    /**
     * OFAC writes statements, not identifiers, with a label ending in ":" or " -" ("Secondary sanctions
     * risk:", "Executive Order 13662 Directive Determination -"); they are kept as notes.
     */
    private static final Pattern STATEMENT_LABEL = Pattern.compile(".*(?::|\\s-)$");

    /** An IMO number is written "IMO 9116412" under the label "Vessel Registration Identification". */
    private static final Pattern IMO_VALUE = Pattern.compile("IMO \\d{7}");

    private CslIdentifiers() {}

    static boolean isStatement(String label) {
        return STATEMENT_LABEL.matcher(label.strip()).matches();
    }

    static void apply(CslId id, Entity.Builder b) {
        String label = id.type().strip();
        String value = id.number().strip();
        String key = label.toLowerCase(Locale.ROOT);
        if (isStatement(label) || value.isEmpty()) {
            b.note(join(label, value, id.country(), id.issueDate(), id.expirationDate()));
        } else if (key.equals(GENDER)) {
            String g = value.toLowerCase(Locale.ROOT);
            if (g.equals("male") || g.equals("female")) {
                b.gender(g);
            } else {
                b.note(label + ": " + value);
            }
        } else if (PROPERTIES.containsKey(key)) {
            b.property(PROPERTIES.get(key), value);
        } else {
            IdentifierType type = IMO_VALUE.matcher(value).matches()
                    ? IdentifierType.IMO : IdentifierTypes.classify(label);
            b.identifier(new Identifier(type, label, value, blankToNull(id.country()),
                    validity(id.issueDate(), id.expirationDate())));
        }
    }

    private static String validity(String issued, String expires) {
        List<String> parts = new ArrayList<>();
        if (!issued.isBlank()) {
            parts.add("issued " + issued.strip());
        }
        if (!expires.isBlank()) {
            parts.add("expires " + expires.strip());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p.strip());
            }
        }
        return String.join(" ", kept);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
