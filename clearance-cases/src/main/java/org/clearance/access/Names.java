package org.clearance.access;

/** The names of API keys and users: they name who acted in decisions and the audit log. */
final class Names {
    /** Longest name: it appears in every audit entry of its caller (and fits the columns). */
    static final int MAX = 100;

    private Names() {}

    /** The name stripped, or a message saying what a name may be. */
    static String require(String name, String what) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX || !clean.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX
                    + " letters, digits or . _ @ - (it names the person or system in the audit log): '" + name + "'");
        }
        return clean;
    }
}
