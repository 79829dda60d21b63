package org.clearance.store;

/** The few SQL statements that differ between the supported databases. */
enum Dialect {
    H2("MERGE INTO entity_blob (hash, body) KEY (hash) VALUES (?, ?)", "VARBINARY", "CHARACTER LARGE OBJECT"),
    POSTGRESQL("INSERT INTO entity_blob (hash, body) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING", "BYTEA", "TEXT");

    final String insertBlobIfAbsent;
    /** Entity JSON is stored as UTF-8 bytes: H2 writes byte arrays several times faster than strings. */
    final String binaryType;
    /** Text of any length (JSON documents in the audit log and cases). */
    final String textType;

    Dialect(String insertBlobIfAbsent, String binaryType, String textType) {
        this.insertBlobIfAbsent = insertBlobIfAbsent;
        this.binaryType = binaryType;
        this.textType = textType;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL (use jdbc:h2:... or jdbc:postgresql:...): " + jdbcUrl);
    }
}
