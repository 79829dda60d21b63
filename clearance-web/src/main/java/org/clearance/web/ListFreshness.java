package org.clearance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.lists.DatasetCatalog;
import org.clearance.store.VersionInfo;
import org.clearance.update.FetchRecord;

/**
 * How old each dataset's current list is: days since its publication, as the service's
 * {@code clearance_list_age_days} metric counts them, and whether that is stale; and when this home last
 * fetched it from its publisher ({@code lists update}, {@code serve --update-every}), which tells a list
 * the publisher has not changed (fetched today, published long ago) from one nobody has fetched.
 */
final class ListFreshness {
    /**
     * A current version published more than this many days ago is flagged stale. OFAC and the UN
     * Security Council change their lists most weeks (OFAC often several times a week), and new
     * designations apply from publication, so screening against a list more than a week old is likely
     * to miss some; a week also leaves room for a weekly {@code clearance lists update}. Lists that
     * change rarely (UFLPA, DPL) will show as stale too: for them the flag means "check for an update".
     */
    static final int STALE_AFTER_DAYS = 7;

    /**
     * One dataset's current version and its age in whole days.
     *
     * @param fetchedDays whole days since the last good fetch from the publisher, null when never fetched here
     */
    record Age(String dataset, String title, VersionInfo version, long days, Long fetchedDays) {
        boolean stale() {
            return days > STALE_AFTER_DAYS;
        }

        String href() {
            return Links.dataset(dataset);
        }

        /** The days since the last fetch as the page shows them; null (shown as "never") when never fetched. */
        String fetchedText() {
            return fetchedDays == null ? null : fetchedDays.toString();
        }
    }

    private ListFreshness() {}

    /** The ages of the current versions on {@code today}, in the order given, without fetches. */
    static List<Age> of(List<VersionInfo> current, LocalDate today) {
        return of(current, List.of(), today);
    }

    /** The ages of the current versions on {@code today}, in the order given, with the days since their last fetch. */
    static List<Age> of(List<VersionInfo> current, List<FetchRecord> fetches, LocalDate today) {
        Map<String, Instant> fetched = new HashMap<>();
        fetches.stream().filter(f -> f.fetchedAt() != null).forEach(f -> fetched.put(f.dataset(), f.fetchedAt()));
        return current.stream().map(v -> {
            Instant at = fetched.get(v.dataset());
            return new Age(v.dataset(), DatasetCatalog.title(v.dataset()), v, ChronoUnit.DAYS.between(v.publicationDate(), today),
                    at == null ? null : ChronoUnit.DAYS.between(LocalDate.ofInstant(at, ZoneOffset.UTC), today));
        }).toList();
    }
}
