package org.clearance.lists;

/** Small text helpers that parsers of every publisher need. */
public final class TextParts {
    private TextParts() {}

    /** Joins the non-blank parts, stripped, or returns null when there are none. */
    public static String join(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(separator);
                }
                sb.append(p.strip());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
