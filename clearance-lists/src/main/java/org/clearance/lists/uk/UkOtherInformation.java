package org.clearance.lists.uk;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the labelled parts of OFSI's "Other Information" text, which packs several facts into one
 * field: {@code (UK Sanctions List Ref):RUS0296. (UK Statement of Reasons):... (Gender):Male}.
 * The whole text is always kept as a note too; this only lifts out the parts that have a field.
 */
final class UkOtherInformation {
    /** A "(Label):" that starts a part. */
    private static final Pattern LABEL = Pattern.compile("\\(([A-Za-z][A-Za-z /'&-]{0,60})\\):\\s*");

    private UkOtherInformation() {}

    /** The parts by lower-cased label, in text order; text before the first label is not returned. */
    static Map<String, String> parts(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        Matcher m = LABEL.matcher(text);
        String label = null;
        int from = 0;
        while (m.find()) {
            if (label != null) {
                out.putIfAbsent(label, text.substring(from, m.start()).strip());
            }
            label = m.group(1).strip().toLowerCase(Locale.ROOT);
            from = m.end();
        }
        if (label != null) {
            out.putIfAbsent(label, text.substring(from).strip());
        }
        return out;
    }

    /**
     * A short value (a reference, a gender): the part up to its first sentence end, without the full
     * stop, since OFSI sometimes runs free text on after it ("TAi.999. Believed to be ...").
     */
    static String word(String value) {
        if (value == null) {
            return null;
        }
        int end = value.indexOf(". ");
        String v = (end < 0 ? value : value.substring(0, end)).strip();
        while (v.endsWith(".")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        return v.isEmpty() ? null : v;
    }
}
