package org.clearance.dossier;

import java.time.Instant;
import java.util.List;
import org.clearance.evidence.Assessment;

/**
 * What a dossier shows: one traced chain with its evidence, the list versions it was screened
 * against, and when and from what file it was made.
 *
 * @param source    the chain file's name, as the reader knows it
 * @param generated when the dossier was made
 */
public record Dossier(Assessment assessment, List<ListVersionUsed> lists, String source, Instant generated) {
    public Dossier {
        lists = List.copyOf(lists);
    }
}
