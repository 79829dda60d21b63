package org.clearance.update;

import java.net.URI;
import java.time.Instant;
import org.clearance.store.VersionInfo;

/**
 * How the update of one dataset went.
 *
 * @param version  the version stored ({@link Kind#UPDATED}) or the stored one the file equals
 *                 ({@link Kind#UNCHANGED} after an import found the same content); else null
 * @param message  for a failure, what failed; for an update, anything that went wrong after storing; else null
 * @param attempts the tries the download took (0 when it never started)
 */
public record UpdateOutcome(String dataset, URI url, Kind kind, VersionInfo version, String message, int attempts,
        Instant at) {

    public enum Kind {
        /** A new version is stored. */
        UPDATED,
        /** The publisher has nothing new: a 304, the same bytes as last time, or the same entries. */
        UNCHANGED,
        /** The download or the import failed; the stored versions are as they were. */
        FAILED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean failed() {
        return kind == Kind.FAILED;
    }
}
