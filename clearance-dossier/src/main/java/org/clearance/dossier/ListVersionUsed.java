package org.clearance.dossier;

import java.time.LocalDate;

/**
 * A list version the parties were screened against, so a reader can tell how current the screening was.
 *
 * @param version   the store's version number
 * @param published the publication date the list carries, or null
 * @param sha256    the hash of the file as imported, which identifies it exactly
 */
public record ListVersionUsed(String dataset, String title, int version, LocalDate published, int entries, String sha256) {}
