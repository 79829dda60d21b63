package org.clearance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.clearance.api.StoredPartyQuery;
import org.clearance.audit.Actors;
import org.clearance.cases.Alert;
import org.clearance.cases.CaseStore;
import org.clearance.match.MatchConfig;
import org.clearance.monitor.Monitor;
import org.clearance.monitor.MonitorReport;
import org.clearance.store.Database;
import org.clearance.store.ImportResult;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;

/**
 * Monitoring after {@code lists import} and {@code lists update}: each new version that became its
 * dataset's current one re-screens the stored parties against what it changed, one line each. The
 * party index is kept in {@code CLEARANCE_HOME/parties}.
 */
final class ImportMonitor {
    private ImportMonitor() {}

    static void afterImport(ListStore store, List<ImportResult> results, PrintWriter out, PrintWriter err) throws IOException {
        try (Database db = Home.openDatabase()) {
            afterImport(db, store, results, out, err, Actors.localUser());
        }
    }

    /**
     * As {@link #afterImport(ListStore, List, PrintWriter, PrintWriter)}, with the cases in {@code db}.
     *
     * @param actor who monitors, for the audit log: the local user, or the service's schedule
     */
    static void afterImport(Database db, ListStore store, List<ImportResult> results, PrintWriter out, PrintWriter err,
            String actor) throws IOException {
        List<VersionInfo> current = store.currentVersions();
        List<VersionInfo> monitored = results.stream().filter(ImportResult::created).map(ImportResult::version)
                .filter(v -> current.stream().anyMatch(c -> c.id() == v.id())).toList();
        if (monitored.isEmpty()) {
            return; // nothing new, or only history: what parties are screened against is unchanged
        }
        Monitor monitor = new Monitor(db, store, new CaseStore(db), StoredPartyQuery::of, Home.dir().resolve("parties"),
                MatchConfig.DEFAULT);
        for (VersionInfo v : monitored) {
            List<VersionInfo> versions = store.versions(v.dataset()); // newest first: v, then the one it follows
            MonitorReport report = monitor.run(versions.size() > 1 ? versions.get(1) : null, v,
                    () -> Home.openIndex(store, err), actor);
            out.println(report.line());
            for (Alert a : report.review()) {
                out.printf("  to review: party %s, a confirmed match of %s (%s), is delisted (alert %d)%n", a.partyId(),
                        a.entityId(), a.caption(), a.id());
            }
            report.alsoListed().forEach(x -> out.printf("  news: party %s (alert %d on %s) is %s%n", x.partyId(), x.alertId(),
                    x.knownEntry(), x.text()));
        }
    }
}
