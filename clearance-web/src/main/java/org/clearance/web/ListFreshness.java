package org.clearance.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.clearance.lists.DatasetCatalog;
import org.clearance.store.VersionInfo;

/**
 * How old each dataset's current list is: days since its publication, as the service's
 * {@code clearance_list_age_days} metric counts them, and whether that is stale.
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

    /** One dataset's current version and its age in whole days. */
    record Age(String dataset, String title, VersionInfo version, long days) {
        boolean stale() {
            return days > STALE_AFTER_DAYS;
        }

        String href() {
            return Links.dataset(dataset);
        }
    }

    private ListFreshness() {}

    /** The ages of the current versions on {@code today}, in the order given. */
    static List<Age> of(List<VersionInfo> current, LocalDate today) {
        return current.stream().map(v -> new Age(v.dataset(), DatasetCatalog.title(v.dataset()), v,
                ChronoUnit.DAYS.between(v.publicationDate(), today))).toList();
    }
}
