package org.clearance.lists.un;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearance.lists.IdentifierTypes;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;

/**
 * Reads an {@code INDIVIDUAL_DOCUMENT} group into an identifier. {@code TYPE_OF_DOCUMENT} is the UN's
 * short vocabulary ("Passport", "National Identification Number"); {@code TYPE_OF_DOCUMENT2} refines it
 * ("FARDC ID", "national passport"), so the label shows both and the type comes from the refinement
 * where it names a known kind (a "National Identification Number" refined as "national passport" is a
 * passport), else from the UN's own class. About half the documents in the real file have no {@code NUMBER} and carry the whole
 * description in {@code NOTE} ("Tunisian passport number L 191609 issued on 28 Feb. 1996"); without a
 * value they cannot be an identifier and are kept as notes.
 */
final class UnDocuments {
    private UnDocuments() {}

    static void apply(Map<String, String> g, Entity.Builder b) {
        String type1 = g.get("TYPE_OF_DOCUMENT");
        String type2 = g.get("TYPE_OF_DOCUMENT2");
        String label = type1 == null ? type2 : type2 == null || type2.equalsIgnoreCase(type1) ? type1
                : type1 + " (" + type2 + ")";
        String issuing = g.get("ISSUING_COUNTRY");
        String country = issuing != null ? issuing : g.get("COUNTRY_OF_ISSUE");
        List<String> remarks = new ArrayList<>();
        if (g.containsKey("DATE_OF_ISSUE")) {
            remarks.add("issued " + g.get("DATE_OF_ISSUE"));
        }
        if (g.containsKey("CITY_OF_ISSUE")) {
            remarks.add("issued in " + g.get("CITY_OF_ISSUE"));
        }
        if (issuing != null && g.containsKey("COUNTRY_OF_ISSUE") && !issuing.equals(g.get("COUNTRY_OF_ISSUE"))) {
            remarks.add("country of issue " + g.get("COUNTRY_OF_ISSUE"));
        }
        if (g.containsKey("NOTE")) {
            remarks.add(g.get("NOTE"));
        }
        String number = g.get("NUMBER");
        if (number == null) {
            if (label != null || !remarks.isEmpty() || country != null) {
                List<String> parts = new ArrayList<>();
                if (country != null) {
                    parts.add(country);
                }
                parts.addAll(remarks);
                b.note((label == null ? "Document" : label) + " (no number given): " + String.join("; ", parts));
            }
            return;
        }
        IdentifierType type = IdentifierTypes.classify(type2);
        if (type == IdentifierType.OTHER) {
            type = IdentifierTypes.classify(type1);
        }
        b.identifier(new Identifier(type, label, number, country, remarks.isEmpty() ? null : String.join("; ", remarks)));
    }
}
