package org.clearance.match;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Identifier values in the form they are compared in: letters and digits only, upper case. */
public final class Identifiers {
    /** Shorter values ("12", "A1") match by chance too often to count as evidence. */
    static final int MIN_LENGTH = 5;

    private Identifiers() {}

    /**
     * The comparable forms of the values: each as written and, when it starts with letters followed
     * by a number ("IMO 7406784", "USCC91650..."), also without those letters, since lists write the
     * type into the value or leave it out at will.
     */
    public static Set<String> comparable(Iterable<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            String c = comparable(v);
            if (c != null) {
                out.add(c);
                int i = 0;
                while (i < c.length() && Character.isLetter(c.charAt(i))) {
                    i++;
                }
                if (i > 0 && c.length() - i >= MIN_LENGTH) {
                    out.add(c.substring(i));
                }
            }
        }
        return out;
    }

    public static String comparable(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                sb.append(ch);
            }
        }
        String s = sb.toString().toUpperCase(Locale.ROOT);
        return s.length() >= MIN_LENGTH ? s : null;
    }
}
