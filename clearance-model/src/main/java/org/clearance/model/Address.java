package org.clearance.model;

/**
 * A postal address as the source gives it. Parts that the source does not split stay null; {@code full}
 * always holds the whole address as one line.
 */
public record Address(String full, String street, String city, String region, String postalCode, String country) {
    /** Joins the parts the source gave into one line, skipping empty ones. */
    public static Address of(String street, String city, String region, String postalCode, String country) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {street, city, region, postalCode, country}) {
            if (part != null && !part.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(part.trim());
            }
        }
        return new Address(sb.toString(), blankToNull(street), blankToNull(city), blankToNull(region),
                blankToNull(postalCode), blankToNull(country));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
