package org.clearance.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.PartyMatch;

/**
 * The listings of a party found by {@code match} and {@code scan-text}, printed under its best entry when more
 * than one list lists it: list, entry id, name as listed, programmes, listing date, "delisted on D" when a later
 * version dropped the entry (screening as of a past day), and the entry's own score.
 */
final class PartyListings {
    /** No listing delisted: the lists screened are the current ones. */
    static final Function<String, Optional<LocalDate>> CURRENT = id -> Optional.empty();

    private PartyListings() {}

    /** Prints nothing for a party of one listing, so that its output stays as it was. */
    static void print(PrintWriter out, PartyMatch party, String indent) {
        print(out, party.groupId(), party.listings(), indent, CURRENT);
    }

    /**
     * As {@link #print(PrintWriter, PartyMatch, String)}, each listing with the date a later version dropped it; a
     * party of one listing gets a line only when it was dropped.
     *
     * @param delisted an entry's delisting date by its id, empty while listed
     */
    static void print(PrintWriter out, PartyMatch party, String indent, Function<String, Optional<LocalDate>> delisted) {
        print(out, party.groupId(), party.listings(), indent, delisted);
    }

    /**
     * The listings of the party an entry of the index belongs to, without scores: for a finding that names one entry
     * (a mention in a text).
     */
    static void print(PrintWriter out, MatchIndex index, String entityId, String indent) {
        String group = index.groups().groupId(entityId);
        List<PartyMatch.Listing> listings = index.groups().members(group).stream()
                .flatMap(id -> index.entity(id).stream()).map(e -> new PartyMatch.Listing(e, null)).toList();
        print(out, group, listings, indent, CURRENT);
    }

    private static void print(PrintWriter out, String groupId, List<PartyMatch.Listing> listings, String indent,
            Function<String, Optional<LocalDate>> delisted) {
        if (listings.size() < 2) {
            listings.forEach(l -> delisted.apply(l.entity().id()).ifPresent(d -> out.printf("%sdelisted on %s%n", indent, d)));
            return;
        }
        out.printf("%sone party listed %d times (%s), by %s:%n", indent, listings.size(), groupId,
                String.join(", ", listings.stream().map(l -> l.entity().dataset()).distinct().toList()));
        for (PartyMatch.Listing l : listings) {
            List<String> programmes = l.programmes();
            out.printf("%s  %-16s %-30s  %-32s  %s%s%s%s%n", indent, l.entity().dataset(), l.entity().id(), l.entity().caption(),
                    programmes.isEmpty() ? "no programme given" : String.join(", ", programmes),
                    l.listedOn() == null ? "" : ", listed " + l.listedOn(),
                    delisted.apply(l.entity().id()).map(d -> ", delisted on " + d).orElse(""),
                    l.score() == null ? "" : String.format("  (%.2f)", l.score()));
        }
    }
}
