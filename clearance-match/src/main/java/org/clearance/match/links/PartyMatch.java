package org.clearance.match.links;

import java.time.LocalDate;
import java.util.List;
import org.clearance.match.MatchResult;
import org.clearance.model.Entity;
import org.clearance.model.Sanction;

/**
 * One party found by a screening: its best-scoring entry's result, with the explanation, and every listing of
 * the party in the lists searched.
 *
 * @param groupId  the party's id ({@link PartyGroups#groupId}): a linked group's, or the one entry's own
 * @param best     the best-scoring entry's result
 * @param listings the party's entries in id order, the best among them
 */
public record PartyMatch(String groupId, MatchResult best, List<Listing> listings) {
    public PartyMatch {
        listings = List.copyOf(listings);
    }

    /**
     * One entry of the party.
     *
     * @param score the entry's own score in this screening, or null when it scored below the cutoff or was not
     *              among the candidates retrieved (it is listed because it is linked to one that was)
     */
    public record Listing(Entity entity, Double score) {
        /** The programmes the entry is listed under, as its list writes them, each once. */
        public List<String> programmes() {
            return entity.sanctions().stream().map(Sanction::program).filter(p -> p != null && !p.isBlank()).distinct().toList();
        }

        /** The earliest listing date the list gives for the entry, or null when it gives none (OFAC's files do not). */
        public LocalDate listedOn() {
            return entity.sanctions().stream().map(Sanction::listedOn).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        }
    }

    /** The ids of the lists that list the party, in the order of its listings, each once. */
    public List<String> datasets() {
        return listings.stream().map(l -> l.entity().dataset()).distinct().toList();
    }
}
