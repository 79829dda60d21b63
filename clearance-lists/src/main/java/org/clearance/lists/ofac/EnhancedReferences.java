package org.clearance.lists.ofac;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code referenceValues} and {@code featureTypes} of an OFAC Enhanced XML file: the lookup table
 * that the entities' {@code refId} and {@code featureTypeId} attributes point into. OFAC also writes
 * the looked-up text inside each referring element, but the schema only promises the id, so text
 * the entity omits is resolved here.
 */
final class EnhancedReferences {
    /**
     * One reference value.
     *
     * @param type    the kind of value ({@code COUNTRY}, {@code ALIAS TYPE}, {@code SCRIPT}, ...)
     * @param value   the text
     * @param isoCode the ISO code for countries (and ISO 15924 number for scripts), else null
     */
    record Value(String type, String value, String isoCode) {}

    private final Map<String, Value> values = new HashMap<>();
    private final Map<String, String> featureTypes = new HashMap<>();

    void add(String refId, Value value) {
        values.put(refId, value);
    }

    void addFeatureType(String featureTypeId, String type) {
        featureTypes.put(featureTypeId, type);
    }

    Value get(String refId) {
        return refId == null ? null : values.get(refId);
    }

    /** The text of a reference: the entity's own text, else the looked-up value, else null. */
    String text(EnhancedRecord.Ref ref) {
        if (ref == null) {
            return null;
        }
        if (ref.text() != null) {
            return ref.text();
        }
        Value v = get(ref.refId());
        return v == null ? null : v.value();
    }

    /** The name of a feature type: the feature's own text, else the file's featureTypes table. */
    String featureType(EnhancedRecord.Ref ref) {
        if (ref == null) {
            return null;
        }
        return ref.text() != null ? ref.text() : featureTypes.get(ref.refId());
    }
}
