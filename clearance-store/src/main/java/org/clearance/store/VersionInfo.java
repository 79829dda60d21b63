package org.clearance.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored version of one dataset.
 *
 * @param dateSource where the publication date came from: {@code file}, {@code given} or {@code file-modified}
 */
public record VersionInfo(long id, String dataset, String format, LocalDate publicationDate, String dateSource,
        String contentHash, Instant importedAt, String sourceFiles, int entityCount, int nameCount) {}
