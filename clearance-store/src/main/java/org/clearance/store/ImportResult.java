package org.clearance.store;

/**
 * The outcome of importing one list file.
 *
 * @param version the version the file's content is stored as
 * @param created false when an identical version already existed and nothing was written
 */
public record ImportResult(VersionInfo version, boolean created) {}
