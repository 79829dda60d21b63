package org.clearance.store;

import java.util.List;

/**
 * What changed in a dataset from one version to another.
 *
 * @param removed entries no longer listed: sanctions lifted or suspended, or the entry merged away
 */
public record ListDiff(VersionInfo from, VersionInfo to, List<Entry> added, List<Entry> removed, List<Changed> changed) {
    /** An entry by id and caption. */
    public record Entry(String entityId, String caption) {}

    /** An entry present in both versions whose content differs, with the fields that differ. */
    public record Changed(String entityId, String caption, List<String> fields) {}
}
