package org.clearance.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a list entry was listed, from the stored versions of its dataset: answers "was this entry
 * listed on day D?" as well as the versions stored can, and says so when they reach back less far.
 *
 * @param versions every stored version of the dataset, oldest first
 * @param periods  each stretch of consecutive versions holding the entry, oldest first
 */
public record ListingHistory(String entityId, String dataset, List<VersionInfo> versions, List<Period> periods) {
    /**
     * One stretch of listing.
     *
     * @param firstListed the first version that holds the entry
     * @param firstAbsent the first version after it that does not (delisted by then), or null while listed
     */
    public record Period(VersionInfo firstListed, VersionInfo firstAbsent) {
        public boolean current() {
            return firstAbsent == null;
        }
    }

    public ListingHistory {
        versions = List.copyOf(versions);
        periods = List.copyOf(periods);
    }

    /** Builds the periods from which of the versions (oldest first) hold the entry. */
    static ListingHistory of(String entityId, String dataset, List<VersionInfo> oldestFirst, Set<Long> holding) {
        List<Period> periods = new ArrayList<>();
        VersionInfo start = null;
        for (VersionInfo v : oldestFirst) {
            boolean in = holding.contains(v.id());
            if (in && start == null) {
                start = v;
            } else if (!in && start != null) {
                periods.add(new Period(start, v));
                start = null;
            }
        }
        if (start != null) {
            periods.add(new Period(start, null));
        }
        return new ListingHistory(entityId, dataset, oldestFirst, periods);
    }

    /**
     * The publication date of the version that dropped the entry, when no version since lists it again: "delisted on
     * D" for an entry its list no longer lists; empty while it is listed.
     */
    public Optional<LocalDate> delisted() {
        Period last = periods.get(periods.size() - 1);
        return last.current() ? Optional.empty() : Optional.of(last.firstAbsent().publicationDate());
    }

    /**
     * For an entry listed on a day, the publication date of the first version after it that dropped the entry: what
     * became of a listing screened "as of" that day. Empty when it is listed still, or was not listed that day.
     */
    public Optional<LocalDate> delistedAfter(LocalDate day) {
        return periods.stream().filter(p -> !p.firstListed().publicationDate().isAfter(day))
                .filter(p -> p.firstAbsent() != null && p.firstAbsent().publicationDate().isAfter(day))
                .map(p -> p.firstAbsent().publicationDate()).findFirst();
    }

    /**
     * Whether the entry was listed on a day, by the version in force then (the one published last on
     * or before it); empty when no version that old is stored, so the answer is unknown.
     */
    public Optional<Boolean> listedOn(LocalDate day) {
        int inForce = -1;
        for (int i = 0; i < versions.size() && !versions.get(i).publicationDate().isAfter(day); i++) {
            inForce = i;
        }
        if (inForce < 0) {
            return Optional.empty();
        }
        for (Period p : periods) {
            int from = versions.indexOf(p.firstListed());
            int until = p.firstAbsent() == null ? versions.size() : versions.indexOf(p.firstAbsent());
            if (from <= inForce && inForce < until) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }
}
