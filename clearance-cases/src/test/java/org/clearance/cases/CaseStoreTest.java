package org.clearance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.cases.Raised.Outcome;
import org.clearance.model.EntityJson;
import org.clearance.store.Database;
import org.clearance.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cases from hit to decision on real SDN entries, on H2 and on a real PostgreSQL. */
class CaseStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ANALYST = Caller.key("ana", Role.ANALYST);
    private static final Caller ANALYST_2 = Caller.key("abe", Role.ANALYST);
    private static final Caller APPROVER = Caller.key("carol", Role.APPROVER);
    private static final Caller APPROVER_2 = Caller.key("dave", Role.APPROVER);
    private static final String SCREENER = "key:intake";

    private static CaseFixtures lists;
    private static CaseDatabases databases;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        lists = CaseFixtures.load();
        databases = new CaseDatabases();
    }

    @AfterAll
    static void stop() throws Exception {
        databases.close();
    }

    private Database open(String kind) throws Exception {
        Database db = databases.open(kind, dir);
        lists.storeVersions(db);
        return db;
    }

    private static Party party(String id, String... extra) {
        var props = JSON.createObjectNode();
        props.putArray("name").add(lists.changedBefore.caption());
        for (int i = 0; i < extra.length; i += 2) {
            props.putArray(extra[i]).add(extra[i + 1]);
        }
        return Party.of(id, "LegalEntity", props);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void reScreeningAnUnchangedPartyOpensNoSecondAlert(String kind) throws Exception {
        try (Database db = open(kind)) {
            CaseStore cases = new CaseStore(db);
            Recorded first = cases.record(party("c-1"), List.of(CaseFixtures.hit(lists.changedBefore, 0.91),
                    CaseFixtures.miss(lists.stable)), SCREENER);
            // the result below the threshold is no alert
            assertThat(first.raised()).extracting(Raised::outcome).containsExactly(Outcome.OPENED);
            assertThat(first.party().alerts()).hasSize(1);
            Alert a = first.party().alerts().get(0);
            assertThat(a.entityId()).isEqualTo(lists.changedBefore.id());
            assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(a.entryHash()).isEqualTo(EntityJson.sha256(EntityJson.writeBytes(lists.changedBefore)));

            // the same facts in another order and spacing are the same party content
            var props = JSON.createObjectNode();
            props.putArray("name").add("  " + lists.changedBefore.caption() + " ").add("");
            Recorded again = cases.record(Party.of("c-1", "LegalEntity", props),
                    List.of(CaseFixtures.hit(lists.changedBefore, 0.91)), SCREENER);
            assertThat(again.raised()).extracting(Raised::outcome).containsExactly(Outcome.UNCHANGED);
            assertThat(cases.queue(new AlertFilter(null, null, 100))).hasSize(1);
            assertThat(cases.alert(a.id()).orElseThrow().alert().version()).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM case_alert")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aFalsePositiveIsRememberedUntilThePartyOrTheEntryChanges(String kind) throws Exception {
        try (Database db = open(kind)) {
            CaseStore cases = new CaseStore(db);
            Alert a = cases.record(party("c-2"), List.of(CaseFixtures.hit(lists.changedBefore, 0.85)), SCREENER)
                    .party().alerts().get(0);
            Alert closed = cases.decide(a.id(), 1, Decision.FALSE_POSITIVE, "different birth year", ANALYST);
            assertThat(closed.status()).isEqualTo(AlertStatus.CLOSED);
            assertThat(closed.closedReason()).contains("different birth year");

            Recorded same = cases.record(party("c-2"), List.of(CaseFixtures.hit(lists.changedBefore, 0.85)), SCREENER);
            assertThat(same.raised()).extracting(Raised::outcome).containsExactly(Outcome.SUPPRESSED);
            assertThat(same.party().alerts().get(0).status()).isEqualTo(AlertStatus.CLOSED);
            assertThat(same.party().alerts().get(0).version()).isEqualTo(closed.version());

            // the party now gives a birth date: the decision no longer covers what is screened
            Recorded partyChanged = cases.record(party("c-2", "birthDate", "1970"),
                    List.of(CaseFixtures.hit(lists.changedBefore, 0.85)), SCREENER);
            assertThat(partyChanged.raised()).extracting(Raised::outcome).containsExactly(Outcome.REOPENED);
            Alert reopened = partyChanged.party().alerts().get(0);
            assertThat(reopened.id()).isEqualTo(a.id());
            assertThat(reopened.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(reopened.decision()).isNull();
            assertThat(reopened.changes().party()).containsExactly("birthDate");
            assertThat(reopened.changes().entry()).isEmpty();

            // decided again, then the list publishes a new form of the entry
            Alert again = cases.decide(a.id(), reopened.version(), Decision.FALSE_POSITIVE, "still not him", ANALYST);
            Recorded entryChanged = cases.record(party("c-2", "birthDate", "1970"),
                    List.of(CaseFixtures.hit(lists.changedAfter, 0.85)), SCREENER);
            assertThat(entryChanged.raised()).extracting(Raised::outcome).containsExactly(Outcome.REOPENED);
            Alert byEntry = entryChanged.party().alerts().get(0);
            assertThat(byEntry.version()).isGreaterThan(again.version());
            assertThat(byEntry.changes().party()).isEmpty();
            assertThat(byEntry.changes().entry()).isNotEmpty().containsExactlyElementsOf(fieldsThatDiffer());
            assertThat(cases.alert(a.id()).orElseThrow().history()).extracting(DecisionEntry::reason)
                    .containsExactly("different birth year", "still not him");
        }
    }

    /** The entry's fields that differ between the two published versions, from the parsed entities. */
    private static List<String> fieldsThatDiffer() {
        JsonNode before = EntityJson.tree(EntityJson.write(lists.changedBefore));
        JsonNode after = EntityJson.tree(EntityJson.write(lists.changedAfter));
        TreeSet<String> out = new TreeSet<>();
        before.fieldNames().forEachRemaining(f -> {
            if (!before.get(f).equals(after.get(f))) {
                out.add(f);
            }
        });
        return new ArrayList<>(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aTrueMatchNeedsASecondPersonWithTheApproverRole(String kind) throws Exception {
        try (Database db = open(kind)) {
            CaseStore cases = new CaseStore(db);
            List<Alert> alerts = cases.record(party("c-3"), List.of(CaseFixtures.hit(lists.changedBefore, 0.95),
                    CaseFixtures.hit(lists.stable, 0.8)), SCREENER).party().alerts();
            Alert first = alerts.get(0);
            Alert second = alerts.get(1);

            Alert pending = cases.decide(first.id(), 1, Decision.TRUE_MATCH, "same name, birth date and passport", ANALYST);
            assertThat(pending.status()).isEqualTo(AlertStatus.PENDING_APPROVAL);
            assertThat(pending.proposedBy()).isEqualTo("ana");
            // an analyst cannot approve, not even someone else's
            assertThatThrownBy(() -> cases.approve(first.id(), pending.version(), true, "ok", ANALYST_2))
                    .isInstanceOf(DecisionRefusedException.class);
            // an admin decides nothing
            assertThatThrownBy(() -> cases.decide(second.id(), 1, Decision.FALSE_POSITIVE, "no", Caller.key("root", Role.ADMIN)))
                    .isInstanceOf(DecisionRefusedException.class);

            // an approver may propose, but not approve their own proposal
            Alert own = cases.decide(second.id(), 1, Decision.TRUE_MATCH, "looks like him", APPROVER);
            assertThatThrownBy(() -> cases.approve(second.id(), own.version(), true, "agreed", APPROVER))
                    .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("four eyes");
            assertThat(cases.alert(second.id()).orElseThrow().alert().status()).isEqualTo(AlertStatus.PENDING_APPROVAL);

            Alert rejected = cases.approve(second.id(), own.version(), false, "passport differs", APPROVER_2);
            assertThat(rejected.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(rejected.decision()).isNull();

            Alert fin = cases.approve(first.id(), pending.version(), true, "agreed", APPROVER);
            assertThat(fin.status()).isEqualTo(AlertStatus.CLOSED);
            assertThat(fin.decision()).isEqualTo(Decision.TRUE_MATCH);
            assertThat(fin.closedReason()).contains("ana", "carol");
            assertThat(cases.alert(first.id()).orElseThrow().history()).extracting(DecisionEntry::decision)
                    .containsExactly("true_match", "approved");
            // an established match is not raised again
            assertThat(cases.record(party("c-3"), List.of(CaseFixtures.hit(lists.changedBefore, 0.95)), SCREENER).raised())
                    .extracting(Raised::outcome).containsExactly(Outcome.CONFIRMED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void ofTwoConcurrentDecisionsOnOneVersionExactlyOneIsStored(String kind) throws Exception {
        try (Database db = open(kind)) {
            CaseStore cases = new CaseStore(db);
            Alert a = cases.record(party("c-4"), List.of(CaseFixtures.hit(lists.changedBefore, 0.9)), SCREENER)
                    .party().alerts().get(0);
            // four analysts decide at once on the version they all read
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Alert>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Caller who = Caller.key("analyst" + i, Role.ANALYST);
                Decision d = i % 2 == 0 ? Decision.FALSE_POSITIVE : Decision.ESCALATE;
                futures.add(pool.submit(() -> {
                    go.await();
                    return cases.decide(a.id(), 1, d, "view of " + who.name(), who);
                }));
            }
            go.countDown();
            int stored = 0;
            int conflicts = 0;
            for (Future<Alert> f : futures) {
                try {
                    f.get();
                    stored++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(AlertConflictException.class);
                    conflicts++;
                }
            }
            pool.shutdown();
            assertThat(stored).isEqualTo(1);
            assertThat(conflicts).isEqualTo(3);
            AlertCase now = cases.alert(a.id()).orElseThrow();
            assertThat(now.alert().version()).isEqualTo(2);
            assertThat(now.history()).hasSize(1);
            assertThat(auditEntries(db, "alert:" + a.id())).hasSize(1);
            // and a decision on the version it replaced is refused, not applied on top
            assertThatThrownBy(() -> cases.decide(a.id(), 1, Decision.TRUE_MATCH, "late", ANALYST))
                    .isInstanceOf(AlertConflictException.class).hasMessageContaining("version 2");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aDecisionAndItsAuditEntryAreStoredTogetherOrNotAtAll(String kind) throws Exception {
        try (Database db = open(kind)) {
            CaseStore cases = new CaseStore(db);
            Alert a = cases.record(party("c-5"), List.of(CaseFixtures.hit(lists.changedBefore, 0.9)), SCREENER)
                    .party().alerts().get(0);
            assertThat(auditEntries(db, "party:c-5")).extracting(AuditEntry::action).containsExactly("party.record");
            cases.decide(a.id(), 1, Decision.ESCALATE, "needs the passport copy", ANALYST);
            List<AuditEntry> written = auditEntries(db, "alert:" + a.id());
            assertThat(written).extracting(AuditEntry::action).containsExactly("alert.decide");
            assertThat(written.get(0).actor()).isEqualTo("key:ana");
            assertThat(JSON.readTree(written.get(0).detail()).path("reason").asText()).isEqualTo("needs the passport copy");

            // a refused decision (stale version) leaves neither a decision nor an audit entry
            assertThatThrownBy(() -> cases.decide(a.id(), 1, Decision.FALSE_POSITIVE, "stale", ANALYST))
                    .isInstanceOf(AlertConflictException.class);
            // a decision whose audit entry cannot be written is rolled back whole
            update(db, "DELETE FROM audit_head");
            assertThatThrownBy(() -> cases.decide(a.id(), 2, Decision.FALSE_POSITIVE, "no audit", ANALYST))
                    .isInstanceOf(StoreException.class);
            AlertCase now = cases.alert(a.id()).orElseThrow();
            assertThat(now.alert().version()).isEqualTo(2);
            assertThat(now.alert().status()).isEqualTo(AlertStatus.OPEN);
            assertThat(now.history()).extracting(DecisionEntry::reason).containsExactly("needs the passport copy");
            assertThat(auditEntries(db, "alert:" + a.id())).hasSize(1);
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() throws Exception {
        try (Database db = open("h2")) {
            CaseStore cases = new CaseStore(db);
            Alert a = cases.record(party("c-6"), List.of(CaseFixtures.hit(lists.changedBefore, 0.9)), SCREENER)
                    .party().alerts().get(0);
            assertThatThrownBy(() -> cases.decide(a.id(), 1, Decision.FALSE_POSITIVE, "  ", ANALYST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
            assertThatThrownBy(() -> cases.decide(a.id() + 1000, 1, Decision.FALSE_POSITIVE, "x", ANALYST))
                    .isInstanceOf(UnknownAlertException.class);
            assertThatThrownBy(() -> Decision.parse("maybe")).hasMessageContaining("false_positive, true_match, escalate");
            assertThatThrownBy(() -> Party.of(null, "Person", JSON.readTree("{\"name\": [{\"x\": 1}]}")))
                    .hasMessageContaining("properties.name");
            assertThatThrownBy(() -> Party.of("x".repeat(201), "Person", JSON.readTree("{\"name\": [\"A\"]}")))
                    .hasMessageContaining("id");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void monitoringClosesTheOpenAlertsOfADelistedEntryAndReopensThemIfListedAgain(String kind) throws Exception {
        try (Database db = open(kind)) {
            CaseStore cases = new CaseStore(db);
            Alert a = cases.record(party("c-7"), List.of(CaseFixtures.hit(lists.stable, 0.9)), SCREENER).party().alerts().get(0);
            Alert b = cases.record(party("c-8"), List.of(CaseFixtures.hit(lists.stable, 0.9)), SCREENER).party().alerts().get(0);
            cases.decide(b.id(), 1, Decision.FALSE_POSITIVE, "not him", ANALYST);
            List<Long> closed = cases.closeAlertsOf(lists.stable.id(), "delisted on 2026-01-05", "monitor");
            assertThat(closed).containsExactly(a.id()); // the false positive was closed already
            assertThat(cases.alert(a.id()).orElseThrow().alert().closedReason()).isEqualTo("delisted on 2026-01-05");
            List<String> ids = new ArrayList<>();
            cases.allParties(p -> ids.add(p.id()));
            assertThat(ids).containsExactly("c-7", "c-8");
            Raised back = cases.openAlert("c-7", Hit.of(CaseFixtures.hit(lists.stable, 0.9)), "monitor");
            assertThat(back.outcome()).isEqualTo(Outcome.REOPENED);
            assertThat(back.alertId()).isEqualTo(a.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theQueueAndTheExportsShowEveryCase(String kind) throws Exception {
        try (Database db = open(kind)) {
            CaseStore cases = new CaseStore(db);
            cases.record(party("c-9"), List.of(CaseFixtures.hit(lists.changedBefore, 0.75), CaseFixtures.hit(lists.stable, 0.95)),
                    SCREENER);
            List<Alert> queue = cases.queue(new AlertFilter(AlertStatus.OPEN, null, 10));
            assertThat(queue).extracting(Alert::score).containsExactly(0.95, 0.75);
            cases.decide(queue.get(0).id(), 1, Decision.FALSE_POSITIVE, "other person, \"quoted\"", ANALYST);
            assertThat(cases.queue(new AlertFilter(null, null, 10))).extracting(Alert::status)
                    .containsExactly(AlertStatus.OPEN, AlertStatus.CLOSED);
            assertThat(cases.queue(new AlertFilter(null, "us_ofac_sdn", 1))).hasSize(1);
            assertThat(cases.queue(new AlertFilter(null, "un_sc_sanctions", 10))).isEmpty();

            StringWriter csv = new StringWriter();
            new CaseExport(cases).csv(csv);
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(csv.toString())).getRecords();
            assertThat(rows).hasSize(2);
            CSVRecord decided = rows.stream().filter(r -> r.get("status").equals("closed")).findFirst().orElseThrow();
            assertThat(decided.get("last_reason")).isEqualTo("other person, \"quoted\"");
            assertThat(decided.get("party_name")).isEqualTo(lists.changedBefore.caption());

            StringWriter json = new StringWriter();
            new CaseExport(cases).json(json);
            JsonNode all = JSON.readTree(json.toString());
            assertThat(all.size()).isEqualTo(2);
            assertThat(all.findValues("history").stream().mapToInt(JsonNode::size).sum()).isEqualTo(1);
            assertThat(all.get(0).path("party").path("id").asText()).isEqualTo("c-9");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theReviewQueueNamesEachPartyAndLeadsFromOneOpenAlertToTheNext(String kind) throws Exception {
        try (Database db = open(kind)) {
            CaseStore cases = new CaseStore(db);
            cases.record(party("q-1"), List.of(CaseFixtures.hit(lists.stable, 0.95), CaseFixtures.hit(lists.changedBefore, 0.75)),
                    SCREENER);
            cases.record(Party.of("q-2", "Person", JSON.createObjectNode().set("name",
                    JSON.createArrayNode().add("Zed Second").add("Another Name"))), List.of(CaseFixtures.hit(lists.stable, 0.85)),
                    SCREENER);
            // the same score, recorded later: it comes after q-2 (oldest first among equal scores)
            cases.record(party("q-3"), List.of(CaseFixtures.hit(lists.stable, 0.85)), SCREENER);

            List<QueuedAlert> queue = cases.queueWithParties(new AlertFilter(AlertStatus.OPEN, null, 10));
            assertThat(queue).extracting(q -> q.alert().partyId() + " " + q.alert().score())
                    .containsExactly("q-1 0.95", "q-2 0.85", "q-3 0.85", "q-1 0.75");
            assertThat(queue).extracting(q -> q.alert().id())
                    .containsExactlyElementsOf(cases.queue(new AlertFilter(AlertStatus.OPEN, null, 10)).stream().map(Alert::id).toList());
            assertThat(queue.get(1).party().names()).containsExactly("Another Name", "Zed Second");
            assertThat(cases.queueWithParties(new AlertFilter(AlertStatus.OPEN, "un_sc_sanctions", 10))).isEmpty();

            List<Alert> alerts = queue.stream().map(QueuedAlert::alert).toList();
            assertThat(cases.nextOpen(alerts.get(0), null, Set.of())).map(Alert::id).contains(alerts.get(1).id());
            assertThat(cases.nextOpen(alerts.get(1), null, Set.of())).map(Alert::id).contains(alerts.get(2).id());
            assertThat(cases.nextOpen(alerts.get(2), null, Set.of())).map(Alert::id).contains(alerts.get(3).id());
            assertThat(cases.nextOpen(alerts.get(3), null, Set.of())).as("past the end: back to the top").map(Alert::id)
                    .contains(alerts.get(0).id());
            // a decided alert keeps its place: the next is the one after it, not the top
            cases.decide(alerts.get(1).id(), 1, Decision.FALSE_POSITIVE, "another person", ANALYST);
            assertThat(cases.nextOpen(alerts.get(1), null, Set.of())).map(Alert::id).contains(alerts.get(2).id());
            assertThat(cases.nextOpen(alerts.get(0), null, Set.of())).map(Alert::id).contains(alerts.get(2).id());
            assertThat(cases.nextOpen(alerts.get(0), "un_sc_sanctions", Set.of())).isEmpty();
        }
    }

    private static List<AuditEntry> auditEntries(Database db, String subject) {
        List<AuditEntry> out = new ArrayList<>();
        new AuditLog(db).forEach(1, e -> {
            if (e.subject().equals(subject)) {
                out.add(e);
            }
        });
        return out;
    }

    private static long count(Database db, String sql) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            c.commit();
            return n;
        }
    }

    private static void update(Database db, String sql) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
            c.commit();
        }
    }
}
