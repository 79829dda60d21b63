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
import org.clearance.store.ListStore;

/**
 * Monitoring after {@code lists import}, {@code lists update} and {@code lists withdraw}: each version made
 * current re-screens the stored parties against what it changed, one line each. What is owed is recorded by
 * the import or withdrawal itself ({@code PendingMonitoring}), so a run that a killed process never finished
 * is run by the next command or start of the service ({@link #resume}). The party index is kept in
 * {@code CLEARANCE_HOME/parties}.
 */
final class ImportMonitor {
    private ImportMonitor() {}

    /** Runs the monitoring owed, with the cases in this home's database. */
    static void afterImport(ListStore store, PrintWriter out, PrintWriter err) throws IOException {
        try (Database db = Home.openDatabase()) {
            afterImport(db, store, out, err, Actors.localUser());
        }
    }

    /**
     * Runs the monitoring owed, with the cases in {@code db}; nothing when nothing new became current.
     *
     * @param actor who monitors, for the audit log: the local user, or the service's schedule
     */
    static void afterImport(Database db, ListStore store, PrintWriter out, PrintWriter err, String actor) throws IOException {
        run(db, store, err, actor).forEach(r -> print(r, out));
    }

    /** As {@link #resume(Database, ListStore, PrintWriter, String)}, opening this home's database only when needed. */
    static void resume(ListStore store, PrintWriter err) throws IOException {
        if (store.monitoringOwed()) {
            try (Database db = Home.openDatabase()) {
                resume(db, store, err, Actors.localUser());
            }
        }
    }

    /**
     * Runs the monitoring still owed when a command or the service starts: a process was killed after it
     * committed a version, or the bundled snapshot was just loaded. Costs one query when nothing is owed; the
     * runs that found parties to screen or alerts to close are told to {@code err}.
     */
    static void resume(Database db, ListStore store, PrintWriter err, String actor) throws IOException {
        if (!store.monitoringOwed()) {
            return;
        }
        List<MonitorReport> done;
        try {
            done = run(db, store, err, actor).stream().filter(r -> r.parties() > 0 || r.closed() > 0).toList();
        } catch (IOException | RuntimeException e) {
            // the command asked for goes on: a monitoring run that cannot run now must not block every command
            err.println("Monitoring owed by list versions stored earlier could not run (" + e.getMessage() + "); it stays "
                    + "owed, and the next command or start of the service tries again.");
            err.flush();
            return;
        }
        if (!done.isEmpty()) {
            err.println("Monitoring owed by list versions stored earlier, not finished then:");
            done.forEach(r -> print(r, err));
            err.flush();
        }
    }

    private static List<MonitorReport> run(Database db, ListStore store, PrintWriter err, String actor) throws IOException {
        Monitor monitor = new Monitor(db, store, new CaseStore(db), StoredPartyQuery::of, Home.dir().resolve("parties"),
                MatchConfig.DEFAULT);
        return monitor.runPending(() -> Home.openIndex(store, err), actor);
    }

    private static void print(MonitorReport report, PrintWriter out) {
        out.println(report.line());
        for (Alert a : report.review()) {
            out.printf("  to review: party %s, a confirmed match of %s (%s), is delisted (alert %d)%n", a.partyId(),
                    a.entityId(), a.caption(), a.id());
        }
        report.alsoListed().forEach(x -> out.printf("  news: party %s (alert %d on %s) is %s%n", x.partyId(), x.alertId(),
                x.knownEntry(), x.text()));
    }
}
