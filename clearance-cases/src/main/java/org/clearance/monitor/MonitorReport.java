package org.clearance.monitor;

import java.util.List;
import java.util.Locale;
import org.clearance.cases.Alert;
import org.clearance.store.VersionInfo;

/**
 * What one monitoring run did after a list import.
 *
 * @param from          the version before, or null when the imported one is the dataset's first
 * @param parties       the stored parties re-screened
 * @param unscreenable  stored parties that could not be turned into a query (no name), by id
 * @param screened      the entries screened: those added or changed by {@code to}
 * @param removed       the entries {@code to} no longer lists
 * @param hits          parties matching a screened entry
 * @param opened        alerts opened for the first time
 * @param reopened      closed alerts opened again (a false positive whose party or entry changed, a relisting)
 * @param suppressed    hits on a remembered false positive with nothing changed: not raised again
 * @param closed        alerts closed because their entry was delisted
 * @param review        approved true matches on delisted entries, flagged for an analyst to review
 * @param alsoListed    parties alerted on one listing that another list now lists too
 * @param indexedNow    parties the party index had to index in this run (new or changed since the last)
 * @param seconds       how long the run took
 */
public record MonitorReport(VersionInfo from, VersionInfo to, int parties, List<String> unscreenable, int screened,
        int removed, int hits, int opened, int reopened, int suppressed, int closed, List<Alert> review, List<AlsoListed> alsoListed, int indexedNow,
        double seconds) {
    public MonitorReport {
        unscreenable = List.copyOf(unscreenable);
        review = List.copyOf(review);
        alsoListed = List.copyOf(alsoListed);
    }

    /** The run in one line, as {@code lists import} prints it. */
    public String line() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Monitoring %s: %,d parties re-screened against %,d changed entries: %,d new alerts, %,d closed (delisted)",
                to.dataset(), parties, screened, opened + reopened, closed));
        if (suppressed > 0) {
            sb.append(String.format(Locale.ROOT, ", %,d remembered false positives", suppressed));
        }
        if (!review.isEmpty()) {
            sb.append(String.format(Locale.ROOT, ", %,d true matches delisted (to review)", review.size()));
        }
        if (!alsoListed.isEmpty()) {
            sb.append(String.format(Locale.ROOT, ", %,d alerted parties listed by one more list", alsoListed.size()));
        }
        sb.append(String.format(Locale.ROOT, " in %.1f s", seconds));
        if (!unscreenable.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "; %,d parties without a name to screen: %s", unscreenable.size(),
                    String.join(", ", unscreenable.subList(0, Math.min(10, unscreenable.size())))
                            + (unscreenable.size() > 10 ? ", ..." : "")));
        }
        return sb.toString();
    }
}
