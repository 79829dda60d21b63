package org.clearance.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.cases.Alert;
import org.clearance.cases.AlertConflictException;
import org.clearance.cases.AlertFilter;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.CaseStore;
import org.clearance.cases.Decision;
import org.clearance.cases.DecisionRefusedException;
import org.clearance.cases.DelistingReviews;
import org.clearance.cases.Party;
import org.clearance.cases.UnknownAlertException;
import org.clearance.io.InputLimits;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.MatchResult;
import org.clearance.match.Query;
import org.clearance.model.Entity;
import org.clearance.model.Schema;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListDiff;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.PendingMonitoring;
import org.clearance.store.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring flow across two real versions of the UN Security Council list (2025-04-19 and
 * 2026-02-27): parties named like entries the newer version added get alerts, alerts on entries it
 * removed close as delisted, approved true matches on them are flagged, and a remembered false positive
 * reopens only because its entry changed.
 */
class MonitorTest {
    private static final Caller ANALYST = Caller.key("ana", Role.ANALYST);
    private static final Caller APPROVER = Caller.key("carol", Role.APPROVER);
    private static final String SCREENER = "api-key:screen";

    /** Parties as the test stores them: a schema and names, screened by name as the API would. */
    private static Query query(Party p) {
        List<String> names = new ArrayList<>();
        p.properties().path("name").forEach(n -> names.add(n.asText()));
        return new Query(Schema.ofFtm(p.schema()).orElse(Schema.LEGAL_ENTITY), names, List.of(), List.of(), List.of(), null);
    }

    private static Party party(String id, Entity like) {
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        props.putArray("name").add(like.caption());
        return Party.of(id, like.schema().ftmName(), props);
    }

    private static Path shared(String relative) {
        return Path.of(System.getProperty("clearance.shared"), "data").resolve(relative);
    }

    private static MatchIndex index(ListStore store, Path dir) throws java.io.IOException {
        List<Entity> all = new ArrayList<>();
        for (VersionInfo v : store.currentVersions()) {
            store.forEachEntity(v.id(), all::add);
        }
        MatchIndex.build(all, dir);
        return MatchIndex.open(dir);
    }

    private static Map<String, Entity> entities(ListStore store, VersionInfo v) {
        Map<String, Entity> out = new HashMap<>();
        store.forEachEntity(v.id(), e -> out.put(e.id(), e));
        return out;
    }

    @Test
    void additionsOpenAlertsRemovalsCloseThemAndConfirmedMatchesAreFlagged(@TempDir Path tmp) throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(), "sa", "");
                ListStore store = ListStore.of(db)) {
            ListImporter importer = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT);
            VersionInfo older = importer.importFiles(List.of(shared("lists/un/history/consolidated-2025-04-19.xml")), null, null)
                    .get(0).version();
            CaseStore cases = new CaseStore(db);
            Map<String, Entity> before = entities(store, older);

            // the parties as screened against the older version
            ListDiff expected;
            Entity added;
            Entity removed;
            Entity confirmedRemoved;
            Entity changed;
            Alert onRemoved;
            Alert falsePositive;
            try (MatchIndex first = index(store, tmp.resolve("index-1"))) {
                VersionInfo newer = importer.importFiles(List.of(shared("lists/un/consolidated.xml")), null, null).get(0).version();
                expected = store.diff(older, newer);
                assertThat(expected.added()).as("the newer UN list adds entries").isNotEmpty();
                assertThat(expected.removed()).as("and delists some").hasSizeGreaterThanOrEqualTo(2);
                assertThat(expected.changed()).as("and changes some").isNotEmpty();
                Map<String, Entity> after = entities(store, newer);
                added = after.get(expected.added().get(0).entityId());
                removed = before.get(expected.removed().get(0).entityId());
                confirmedRemoved = before.get(expected.removed().get(1).entityId());
                changed = before.get(expected.changed().get(0).entityId());
                onRemoved = record(cases, first, party("on-removed", removed), removed);
                Alert confirmed = record(cases, first, party("confirmed", confirmedRemoved), confirmedRemoved);
                Alert pending = cases.decide(confirmed.id(), confirmed.version(), Decision.TRUE_MATCH, "same person", ANALYST);
                cases.approve(pending.id(), pending.version(), true, "checked the passport", APPROVER);
                Alert onChanged = record(cases, first, party("on-changed", changed), changed);
                falsePositive = cases.decide(onChanged.id(), onChanged.version(), Decision.FALSE_POSITIVE, "another man", ANALYST);
                // named like an entry not yet listed: screened with no hit on it
                cases.record(party("like-added", added), List.of(), SCREENER);
                cases.record(party("bystander", before.values().iterator().next()), List.of(), SCREENER);
            }

            Monitor monitor = new Monitor(db, store, cases, MonitorTest::query, tmp.resolve("parties"), MatchConfig.DEFAULT);
            MonitorReport report = monitor.run(expected.from(), expected.to(), () -> index(store, tmp.resolve("index-2")),
                    "test:monitor");

            assertThat(report.parties()).isEqualTo(5);
            assertThat(report.screened()).isEqualTo(expected.added().size() + expected.changed().size());
            assertThat(report.removed()).isEqualTo(expected.removed().size());
            assertThat(alertOn(cases, "like-added", added.id()).status()).isEqualTo(AlertStatus.OPEN);
            Alert closed = alertOn(cases, "on-removed", removed.id());
            assertThat(closed.id()).isEqualTo(onRemoved.id());
            assertThat(closed.status()).isEqualTo(AlertStatus.CLOSED);
            assertThat(closed.closedReason()).isEqualTo("delisted on 2026-02-27");
            assertThat(report.closed()).isEqualTo(1);
            assertThat(report.review()).extracting(Alert::partyId).containsExactly("confirmed");
            assertThat(alertOn(cases, "confirmed", confirmedRemoved.id()).status()).isEqualTo(AlertStatus.CLOSED);
            // the false positive was decided on the entry's older content: it no longer covers the entry
            Alert reopened = alertOn(cases, "on-changed", changed.id());
            assertThat(reopened.id()).isEqualTo(falsePositive.id());
            assertThat(reopened.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(reopened.changes().entry()).isNotEmpty();
            assertThat(report.opened()).isGreaterThanOrEqualTo(1);
            assertThat(report.reopened()).isEqualTo(1);
            assertThat(report.line()).startsWith("Monitoring un_sc_sanctions: 5 parties re-screened against "
                    + report.screened() + " changed entries: " + (report.opened() + 1) + " new alerts, 1 closed (delisted)");

            List<AuditEntry> runs = new ArrayList<>();
            new AuditLog(db).forEach(0, e -> {
                if (e.action().equals("monitor.run")) {
                    runs.add(e);
                }
            });
            assertThat(runs).hasSize(1);
            var detail = new com.fasterxml.jackson.databind.ObjectMapper().readTree(runs.get(0).detail());
            assertThat(detail.get("alerts_closed").asInt()).isEqualTo(1);
            assertThat(detail.get("true_matches_to_review").get(0).get("party").asText()).isEqualTo("confirmed");
            assertThat(new AuditLog(db).verify().intact()).isTrue();

            // the confirmed match on a delisted entry is flagged, once, until an analyst deals with it
            DelistingReviews reviews = new DelistingReviews(db);
            assertThat(reviews.open()).singleElement().satisfies(r -> {
                assertThat(r.partyId()).isEqualTo("confirmed");
                assertThat(r.entityId()).isEqualTo(confirmedRemoved.id());
                assertThat(r.reason()).isEqualTo("delisted on 2026-02-27");
            });
            monitor.run(expected.from(), expected.to(), () -> index(store, tmp.resolve("index-3")), "test:monitor");
            assertThat(reviews.open()).as("a repeated run flags nothing twice").hasSize(1);
            long flag = reviews.open().get(0).id();
            assertThatThrownBy(() -> reviews.done(flag, "unblocked", Caller.key("root", Role.ADMIN)))
                    .isInstanceOf(DecisionRefusedException.class);
            reviews.done(flag, "sanction lifted; customer unblocked", ANALYST);
            assertThat(reviews.open()).isEmpty();
            assertThatThrownBy(() -> reviews.done(flag, "again", APPROVER)).isInstanceOf(AlertConflictException.class)
                    .hasMessageContaining("already dealt with by ana");
            assertThatThrownBy(() -> reviews.done(flag + 1000, "none", APPROVER)).isInstanceOf(UnknownAlertException.class);
        }
    }

    @Test
    void aHistoricImportIsNotMonitored(@TempDir Path tmp) throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(), "sa", "");
                ListStore store = ListStore.of(db)) {
            ListImporter importer = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT);
            VersionInfo newer = importer.importFiles(List.of(shared("lists/un/consolidated.xml")), null, null).get(0).version();
            VersionInfo older = importer.importFiles(List.of(shared("lists/un/history/consolidated-2025-04-19.xml")), null, null)
                    .get(0).version();
            Monitor monitor = new Monitor(db, store, new CaseStore(db), MonitorTest::query, tmp.resolve("parties"), MatchConfig.DEFAULT);
            assertThatThrownBy(() -> monitor.run(newer, older, () -> index(store, tmp.resolve("index")), "test"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the current version");
        }
    }

    /**
     * What a process killed after raising the alerts but before its closing audit entry leaves: the alerts, and
     * the run still owed. The run again raises nothing twice; then a withdrawal of the newer version owes a run
     * of the older one, made current again, which reopens what the newer one had closed as delisted.
     */
    @Test
    void anOwedRunCutOffMidwayRunsAgainWithoutDuplicatesAndAWithdrawalRescreens(@TempDir Path tmp) throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(), "sa", "");
                ListStore store = ListStore.of(db)) {
            ListImporter importer = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT);
            CaseStore cases = new CaseStore(db);
            Monitor monitor = new Monitor(db, store, cases, MonitorTest::query, tmp.resolve("parties"), MatchConfig.DEFAULT);
            int[] builds = {0};
            Monitor.IndexOpener index = () -> index(store, tmp.resolve("index-" + builds[0]++));
            VersionInfo older = importer.importFiles(List.of(shared("lists/un/history/consolidated-2025-04-19.xml")), null, null)
                    .get(0).version();
            assertThat(new PendingMonitoring(db).all()).singleElement().satisfies(r -> {
                assertThat(r.versionId()).isEqualTo(older.id());
                assertThat(r.previousVersionId()).isNull();
            });
            assertThat(monitor.runPending(index, "test:monitor")).singleElement()
                    .satisfies(r -> assertThat(r.parties()).isZero());
            assertThat(new PendingMonitoring(db).all()).isEmpty();

            Entity removed;
            try (MatchIndex first = index.open()) {
                VersionInfo newer = importer.importFiles(List.of(shared("lists/un/consolidated.xml")), null, null).get(0).version();
                removed = entities(store, older).get(store.diff(older, newer).removed().get(0).entityId());
                record(cases, first, party("on-removed", removed), removed);
            }
            PendingMonitoring.Run owed = new PendingMonitoring(db).all().get(0);
            assertThat(owed.previousVersionId()).isEqualTo(older.id());
            MonitorReport report = monitor.runPending(index, "test:monitor").get(0);
            assertThat(report.closed()).isEqualTo(1);
            List<Alert> alerts = cases.queue(new AlertFilter(null, null, Integer.MAX_VALUE));

            // killed before the closing entry: the run is still owed
            db.inTransaction("restore", c -> {
                try (var ps = c.prepareStatement("INSERT INTO monitor_pending (version_id, previous_version_id, cause, "
                        + "recorded_at) VALUES (?, ?, 'import', ?)")) {
                    ps.setLong(1, owed.versionId());
                    ps.setLong(2, owed.previousVersionId());
                    ps.setTimestamp(3, java.sql.Timestamp.from(owed.recordedAt()));
                    return ps.executeUpdate();
                }
            });
            MonitorReport again = monitor.runPending(index, "test:monitor").get(0);
            assertThat(again.opened() + again.reopened() + again.closed()).as("nothing raised or closed twice").isZero();
            assertThat(cases.queue(new AlertFilter(null, null, Integer.MAX_VALUE))).containsExactlyInAnyOrderElementsOf(alerts);
            assertThat(new PendingMonitoring(db).all()).isEmpty();

            // the newer version withdrawn: the older one is current again and owed a run over all its entries
            store.withdraw("un_sc_sanctions", owed.versionId(), "test:admin", "wrong file");
            assertThat(new PendingMonitoring(db).all()).singleElement().satisfies(r -> {
                assertThat(r.versionId()).isEqualTo(older.id());
                assertThat(r.cause()).isEqualTo(PendingMonitoring.Cause.WITHDRAWAL);
                assertThat(r.withdrawnVersion()).isEqualTo(owed.versionId());
            });
            MonitorReport back = monitor.runPending(index, "test:admin").get(0);
            assertThat(back.to().id()).isEqualTo(older.id());
            assertThat(back.screened()).isEqualTo(older.entityCount());
            assertThat(back.reopened()).as("the entry is listed again").isEqualTo(1);
            assertThat(alertOn(cases, "on-removed", removed.id()).status()).isEqualTo(AlertStatus.OPEN);
            assertThat(new PendingMonitoring(db).all()).isEmpty();
            assertThat(new AuditLog(db).verify().intact()).isTrue();
        }
    }

    /** Screens a party as the API does and stores it with its hits; returns its alert on {@code on}. */
    private static Alert record(CaseStore cases, MatchIndex index, Party p, Entity on) {
        List<MatchResult> results = index.match(query(p), MatchConfig.DEFAULT, 10, Set.of());
        cases.record(p, results, SCREENER);
        return alertOn(cases, p.id(), on.id());
    }

    private static Alert alertOn(CaseStore cases, String partyId, String entityId) {
        return cases.party(partyId).orElseThrow().alerts().stream().filter(a -> a.entityId().equals(entityId)).findFirst()
                .orElseThrow(() -> new AssertionError("party " + partyId + " has no alert on " + entityId));
    }
}
