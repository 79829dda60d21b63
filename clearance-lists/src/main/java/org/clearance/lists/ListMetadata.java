package org.clearance.lists;

import java.time.LocalDate;

/**
 * What a list file says about itself.
 *
 * @param publicationDate the publication date the file carries ({@code Publish_Date}, {@code dateGenerated}),
 *                        or null when the format carries none (the OFAC legacy CSV)
 * @param declaredCount   the entry count the file declares ({@code Record_Count}), or -1
 * @param entityCount     the entities the parser produced
 */
public record ListMetadata(LocalDate publicationDate, long declaredCount, long entityCount) {
    /** What a format that states neither a date nor a count says: only how many entities were read (headed CSV). */
    public static ListMetadata counted(long entityCount) {
        return new ListMetadata(null, -1, entityCount);
    }
}
