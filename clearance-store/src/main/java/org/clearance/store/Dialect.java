package org.clearance.store;

import java.util.List;
import java.util.Locale;

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

    /**
     * The settings an embedded H2 database is opened with, each unless the URL sets it itself.
     * {@code WRITE_DELAY=0}: H2 otherwise writes a commit to its file up to 500 ms later, so a process killed right
     * after an import, a decision or an audited screening had answered could lose it; with 0 each commit is written
     * (to the operating system, which keeps it through a killed process) before it returns. It costs a file write per
     * transaction, which the audit log's group commit shares among the screenings committed together.
     * {@code MAX_LENGTH_INPLACE_LOB}: text columns (audit details, cases) up to this many bytes are kept in their
     * row instead of H2's separate LOB store, which wrote each audit entry's detail (about 1 KB for one query)
     * as a LOB of its own with the maps and clean-up that go with it; what WRITE_DELAY=0 adds, this about halves.
     * {@code CACHE_SIZE} (KB): H2 keeps each page it writes in its page cache, so the audit entries a serving
     * process appends passed through the cache (H2's default is tens of MB) and lived there for seconds: each
     * young collection copied them, and they were most of what it copied. With 1 MB the service's pauses under
     * load were 5.5 ms at the median instead of 9.8 (16 MB: 9.0, Parallel collector, {@code bench http}-like
     * load from wrk), and importing the bundled lists and diffing one took the same CPU time: the stores are
     * read in one pass or by key, which the operating system's file cache serves.
     */
    static final List<String> H2_FILE_SETTINGS = List.of("WRITE_DELAY=0", "MAX_LENGTH_INPLACE_LOB=16384", "CACHE_SIZE=1024");

    /** The URL to connect with: an embedded H2 file gets {@link #H2_FILE_SETTINGS} that it does not set itself. */
    String connectUrl(String jdbcUrl) {
        if (this != H2 || !jdbcUrl.startsWith("jdbc:h2:file:")) {
            return jdbcUrl;
        }
        StringBuilder url = new StringBuilder(jdbcUrl);
        String upper = jdbcUrl.toUpperCase(Locale.ROOT);
        for (String setting : H2_FILE_SETTINGS) {
            if (!upper.contains(";" + setting.substring(0, setting.indexOf('=') + 1))) {
                url.append(';').append(setting);
            }
        }
        return url.toString();
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
