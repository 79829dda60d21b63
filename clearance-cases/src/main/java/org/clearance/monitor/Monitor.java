package org.clearance.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.clearance.audit.AuditDetail;
import org.clearance.audit.AuditLog;
import org.clearance.cases.Alert;
import org.clearance.cases.AlertFilter;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.CaseStore;
import org.clearance.cases.Decision;
import org.clearance.cases.DelistingReviews;
import org.clearance.cases.Hit;
import org.clearance.cases.Party;
import org.clearance.cases.Raised;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.MonitoredParty;
import org.clearance.match.PartyHit;
import org.clearance.match.PartyIndex;
import org.clearance.match.Query;
import org.clearance.match.ReverseScreen;
import org.clearance.store.Database;
import org.clearance.store.ListDiff;
import org.clearance.store.ListStore;
import org.clearance.store.PendingMonitoring;
import org.clearance.store.VersionInfo;

/**
 * Re-screens the stored parties when a list changes: the entries a new version added or changed are
 * screened against every party ({@link ReverseScreen}, so only parties that could match are scored)
 * and their hits raise alerts through the {@link CaseStore}, which keeps remembered false positives
 * closed unless the party or entry changed; the entries it removed close their open alerts as
 * "delisted on DATE", and approved true matches on them are flagged for review; an added entry linked to a
 * listing a party is alerted on is news for that party ({@link AlsoListed}: "also listed by D on DATE"). One audit
 * entry sums up the run.
 */
public final class Monitor {
    /** How a delisting closes an alert; the date is the new version's publication date. */
    static final String DELISTED = "delisted on %s";
    /** How an alert closes when the entry was listed only by a version since withdrawn. */
    static final String WITHDRAWN = "listed only in version %d, since withdrawn";

    private final Database db;
    private final ListStore lists;
    private final CaseStore cases;
    private final Function<Party, Query> queries;
    private final Path partyIndex;
    private final MatchConfig config;

    /**
     * @param queries    how a stored party is screened: the same mapping its first screening used, so
     *                   that monitoring scores it alike
     * @param partyIndex the folder of the {@link PartyIndex}, kept between runs
     */
    public Monitor(Database db, ListStore lists, CaseStore cases, Function<Party, Query> queries, Path partyIndex,
            MatchConfig config) {
        this.db = db;
        this.lists = lists;
        this.cases = cases;
        this.queries = queries;
        this.partyIndex = partyIndex;
        this.config = config;
    }

    /** Opens the screening index of the current list versions; the monitor closes it when done. */
    @FunctionalInterface
    public interface IndexOpener {
        MatchIndex open() throws IOException;
    }

    /**
     * Monitors the change from {@code from} to {@code to}, two versions of one dataset.
     *
     * @param from  the version before, or null when {@code to} is the dataset's first (all its entries are new)
     * @param index opens the screening index of the current list versions, {@code to} among them; only
     *              called when there are parties and changed entries, as building it takes seconds
     * @param actor who runs it, for the audit log
     * @throws IllegalArgumentException when {@code to} is not a current version: a historic import
     *                                  changes nothing that parties are screened against
     */
    public MonitorReport run(VersionInfo from, VersionInfo to, IndexOpener index, String actor) throws IOException {
        return run(from, to, index, actor, to.id(), null);
    }

    /**
     * Runs the monitoring that committed versions still owe ({@link PendingMonitoring}), oldest first: after a
     * process was killed between an import and its monitoring, or right after the import or withdrawal that
     * recorded it. A run that was cut off midway is run again whole; alerts are one per party and entry, so
     * it raises none twice. A version superseded before its run was monitored as the change from the version
     * before it to the dataset's current one.
     */
    public List<MonitorReport> runPending(IndexOpener index, String actor) throws IOException {
        List<MonitorReport> reports = new ArrayList<>();
        for (PendingMonitoring.Run owed : new PendingMonitoring(db).all()) {
            VersionInfo owing = lists.version(owed.versionId()).orElseThrow(); // a withdrawn version's run goes with it
            VersionInfo to = lists.versions(owing.dataset()).get(0);
            VersionInfo from = owed.previousVersionId() == null ? null : lists.version(owed.previousVersionId()).orElseThrow();
            reports.add(run(from, to, index, actor, owed.versionId(), owed.withdrawnVersion()));
        }
        return reports;
    }

    /**
     * @param settles   the version whose owed run this is, settled with the closing audit entry
     * @param withdrawn the version whose withdrawal made {@code to} current, or null: then {@code from} is null,
     *                  and the open alerts on entries that {@code to} does not list are closed
     */
    private MonitorReport run(VersionInfo from, VersionInfo to, IndexOpener index, String actor, long settles,
            Long withdrawn) throws IOException {
        long t0 = System.nanoTime();
        if (lists.currentVersions().stream().noneMatch(v -> v.id() == to.id())) {
            throw new IllegalArgumentException(to.dataset() + " version " + to.id() + " is not the current version");
        }
        List<MonitoredParty> parties = new ArrayList<>();
        List<String> unscreenable = new ArrayList<>();
        cases.allParties(p -> {
            try {
                parties.add(new MonitoredParty(p.id(), queries.apply(p)));
            } catch (IllegalArgumentException e) {
                unscreenable.add(p.id()); // named in the report and the audit entry, never dropped unseen
            }
        });
        List<String> screened = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int screenedCount;
        if (from == null) {
            if (!parties.isEmpty() || withdrawn != null) { // else reading every entry would find nothing to do
                lists.forEachEntity(to.id(), e -> screened.add(e.id()));
            }
            if (withdrawn != null) {
                removed.addAll(alertedEntriesNotIn(to.dataset(), Set.copyOf(screened)));
            }
            screenedCount = to.entityCount();
        } else {
            ListDiff diff = lists.diff(from, to);
            diff.added().forEach(e -> screened.add(e.entityId()));
            diff.added().forEach(e -> added.add(e.entityId()));
            diff.changed().forEach(e -> screened.add(e.entityId()));
            diff.removed().forEach(e -> removed.add(e.entityId()));
            screenedCount = screened.size();
        }
        int[] outcomes = new int[Raised.Outcome.values().length];
        int hits = 0;
        int indexedNow = 0;
        List<AlsoListed> alsoListed = List.of();
        if (!screened.isEmpty() && !parties.isEmpty()) {
            try (MatchIndex listIdx = index.open(); PartyIndex partyIdx = PartyIndex.open(partyIndex, parties)) {
                indexedNow = partyIdx.indexedNow();
                List<PartyHit> found = new ReverseScreen(listIdx, partyIdx, config).screen(screened, Set.of());
                hits = found.size();
                for (PartyHit h : found) {
                    outcomes[cases.openAlert(h.partyId(), Hit.of(h.result()), actor).outcome().ordinal()]++;
                }
                alsoListed = AlsoListed.find(listIdx, added, to.dataset(), to.publicationDate(), cases);
            }
        }
        int closed = 0;
        String reason = withdrawn == null ? String.format(DELISTED, to.publicationDate()) : String.format(WITHDRAWN, withdrawn);
        for (String id : removed) {
            closed += cases.closeAlertsOf(id, reason, actor).size();
        }
        List<Alert> review = confirmedMatches(to.dataset(), Set.copyOf(removed));
        new DelistingReviews(db).flag(review, reason, actor);
        MonitorReport report = new MonitorReport(from, to, parties.size(), unscreenable, screenedCount, removed.size(), hits,
                outcomes[Raised.Outcome.OPENED.ordinal()], outcomes[Raised.Outcome.REOPENED.ordinal()],
                outcomes[Raised.Outcome.SUPPRESSED.ordinal()], closed, review, alsoListed, indexedNow, (System.nanoTime() - t0) / 1e9);
        ObjectNode detail = detail(report);
        if (withdrawn != null) {
            detail.put("withdrawn_version", withdrawn);
        }
        db.inTransaction("cannot record the monitoring of " + to.dataset() + " version " + to.id(), c -> {
            AuditLog.append(c, actor, "monitor.run", to.dataset() + "@" + to.id(), detail);
            PendingMonitoring.settle(c, settles);
            return null;
        });
        return report;
    }

    /** The entries of a dataset with an open or pending alert that {@code listed} does not hold. */
    private Set<String> alertedEntriesNotIn(String dataset, Set<String> listed) {
        Set<String> out = new TreeSet<>();
        for (AlertStatus status : List.of(AlertStatus.OPEN, AlertStatus.PENDING_APPROVAL)) {
            cases.queue(new AlertFilter(status, dataset, Integer.MAX_VALUE)).stream().map(Alert::entityId)
                    .filter(id -> !listed.contains(id)).forEach(out::add);
        }
        return out;
    }

    /** Approved true matches on delisted entries: the party may no longer be sanctioned, which someone must judge. */
    private List<Alert> confirmedMatches(String dataset, Set<String> removed) {
        if (removed.isEmpty()) {
            return List.of();
        }
        return cases.queue(new AlertFilter(AlertStatus.CLOSED, dataset, Integer.MAX_VALUE)).stream()
                .filter(a -> a.decision() == Decision.TRUE_MATCH && removed.contains(a.entityId())).toList();
    }

    private static ObjectNode detail(MonitorReport r) {
        ObjectNode d = AuditDetail.object().put("dataset", r.to().dataset()).put("version", r.to().id())
                .put("publication_date", r.to().publicationDate().toString());
        if (r.from() != null) {
            d.put("previous_version", r.from().id());
        }
        d.put("parties", r.parties()).put("entries_screened", r.screened()).put("entries_removed", r.removed())
                .put("hits", r.hits()).put("alerts_opened", r.opened()).put("alerts_reopened", r.reopened())
                .put("false_positives_kept", r.suppressed()).put("alerts_closed", r.closed());
        r.unscreenable().forEach(d.putArray("unscreenable_parties")::add);
        var review = d.putArray("true_matches_to_review");
        r.review().forEach(a -> review.addObject().put("alert", a.id()).put("party", a.partyId()).put("entity", a.entityId()));
        var also = d.putArray("also_listed");
        r.alsoListed().forEach(x -> also.addObject().put("party", x.partyId()).put("alert", x.alertId()).put("entity", x.newEntry())
                .put("linked_to", x.knownEntry()).put("event", x.text()));
        return d;
    }
}
