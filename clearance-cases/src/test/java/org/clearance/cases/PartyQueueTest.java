package org.clearance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.io.InputLimits;
import org.clearance.lists.ListMetadata;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.Query;
import org.clearance.match.links.PartyGroups;
import org.clearance.model.Entity;
import org.clearance.model.Schema;
import org.clearance.monitor.Monitor;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.IndexCache;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.ListingHistory;
import org.clearance.store.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review queue by party on the real SDN and Canadian lists: Erkin Tuniyaz, "TUNIYAZ, Erken" on the SDN list
 * (GLOMAG) and "Erkin Tuniyaz" on Canada's, is one listed party, so a customer of that name is one row with two
 * listings; a decision on the row decides both alerts, each audited; and an SDN version that drops him closes only
 * the SDN alert, the row staying with Canada's listing.
 */
class PartyQueueTest {
    private static final String SDN = "us_ofac_sdn-34119";
    private static final String CANADA = "ca_sema-china_part-1_6";
    private static final Caller ANALYST = Caller.user("ana", Role.ANALYST);
    private static final Caller APPROVER = Caller.user("carol", Role.APPROVER);

    private static Path shared(String relative) {
        return Path.of(System.getProperty("clearance.shared"), "data", "lists").resolve(relative);
    }

    private static Party party(String id) {
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        props.putArray("name").add("Erkin Tuniyaz");
        return Party.of(id, "Person", props);
    }

    private static Query query(Party p) {
        return Query.ofName(Schema.PERSON, p.names().get(0));
    }

    private static List<SeenAlert> seen(PartyAlerts row) {
        return row.alerts().stream().map(a -> new SeenAlert(a.id(), a.version())).toList();
    }

    private static PartyAlerts rowOf(List<PartyAlerts> queue, String partyId) {
        return queue.stream().filter(r -> r.party().id().equals(partyId)).findFirst().orElseThrow();
    }

    @Test
    void onePartyOnTwoListsIsOneRowDecidedTogetherAndADelistingClosesOnlyItsOwnAlert(@TempDir Path tmp) throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(), "sa", "");
                ListStore store = ListStore.of(db)) {
            ListImporter importer = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT);
            VersionInfo sdn = importer.importFiles(List.of(shared("ofac/sdn.csv"), shared("ca/sema-autonomous-sanctions.xml")),
                    null, null).stream().map(r -> r.version()).filter(v -> v.dataset().equals("us_ofac_sdn")).findFirst().orElseThrow();
            IndexCache indexes = new IndexCache(tmp.resolve("index"));
            PrintWriter quiet = new PrintWriter(new StringWriter());
            CaseStore cases = new CaseStore(db);
            PartyGroups groups;
            try (MatchIndex index = indexes.open(store, quiet)) {
                groups = index.groups();
                assertThat(groups.groupId(SDN)).as("linked by the rules").isEqualTo(groups.groupId(CANADA)).startsWith("grp-");
                for (String id : List.of("decided", "kept")) {
                    Party p = party(id);
                    cases.record(p, index.match(query(p), MatchConfig.DEFAULT, 10, Set.of()), "test:screen");
                }
            }
            AlertFilter open = new AlertFilter(AlertStatus.OPEN, null, 50);
            PartyAlerts decided = rowOf(cases.queueByParty(open, groups::groupId), "decided");
            assertThat(cases.queueByParty(open, groups::groupId)).filteredOn(r -> r.party().id().equals("decided")).hasSize(1);
            assertThat(decided.groupId()).isEqualTo(groups.groupId(SDN));
            assertThat(decided.alerts()).extracting(Alert::entityId).containsExactlyInAnyOrder(SDN, CANADA);
            assertThat(decided.best().score()).isEqualTo(decided.alerts().stream().mapToDouble(Alert::score).max().orElseThrow());
            // the dataset filter chooses the row; the row still holds the party's listing on the other list
            assertThat(rowOf(cases.queueByParty(new AlertFilter(AlertStatus.OPEN, "us_ofac_sdn", 50), groups::groupId), "decided")
                    .alerts()).extracting(Alert::entityId).containsExactlyInAnyOrder(SDN, CANADA);

            // one decision on the row: a true match proposed on both, approved on both by another person
            List<Alert> proposed = cases.decide(seen(decided), Decision.TRUE_MATCH, "the XUAR chairman, born 1961", ANALYST);
            assertThat(proposed).extracting(Alert::status).containsOnly(AlertStatus.PENDING_APPROVAL);
            PartyAlerts pending = rowOf(cases.queueByParty(new AlertFilter(AlertStatus.PENDING_APPROVAL, null, 50),
                    groups::groupId), "decided");
            assertThat(pending.alerts()).hasSize(2);
            assertThatThrownBy(() -> cases.approve(seen(pending), true, "mine", Caller.user("ana", Role.APPROVER)))
                    .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("four eyes");
            List<Alert> approved = cases.approve(seen(pending), true, "checked his birth year", APPROVER);
            assertThat(approved).extracting(Alert::status).containsOnly(AlertStatus.CLOSED);
            assertThat(approved).extracting(Alert::decision).containsOnly(Decision.TRUE_MATCH);
            assertThat(cases.queueByParty(open, groups::groupId)).noneMatch(r -> r.party().id().equals("decided"));
            // audited per alert
            List<AuditEntry> audit = new ArrayList<>();
            new AuditLog(db).forEach(1, e -> {
                if (e.action().equals("alert.decide") || e.action().equals("alert.approve")) {
                    audit.add(e);
                }
            });
            assertThat(audit).extracting(AuditEntry::subject).containsExactlyInAnyOrderElementsOf(proposed.stream()
                    .flatMap(a -> List.of("alert:" + a.id(), "alert:" + a.id()).stream()).toList());

            // a version seen is a version decided: a stale one refuses the whole decision, nothing is decided
            PartyAlerts kept = rowOf(cases.queueByParty(open, groups::groupId), "kept");
            List<SeenAlert> stale = List.of(new SeenAlert(kept.alerts().get(0).id(), kept.alerts().get(0).version()),
                    new SeenAlert(kept.alerts().get(1).id(), kept.alerts().get(1).version() + 1));
            assertThatThrownBy(() -> cases.decide(stale, Decision.FALSE_POSITIVE, "not him", ANALYST))
                    .isInstanceOf(AlertConflictException.class);
            assertThat(rowOf(cases.queueByParty(open, groups::groupId), "kept").alerts()).hasSize(2);
            // and one decision is on one party's alerts
            List<SeenAlert> mixed = List.of(seen(kept).get(0), new SeenAlert(proposed.get(0).id(), approved.get(0).version()));
            assertThatThrownBy(() -> cases.decide(mixed, Decision.FALSE_POSITIVE, "two parties", ANALYST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one party");

            // the SDN list drops him (a real version less his entry, published a day later): monitoring closes the SDN
            // alert only, and the row of the Canadian listing stays in the open queue
            List<Entity> lessHim = new ArrayList<>();
            store.forEachEntity(sdn.id(), e -> {
                if (!e.id().equals(SDN)) {
                    lessHim.add(e);
                }
            });
            VersionInfo dropped = store.importVersion("us_ofac_sdn", "test", "sdn.csv less " + SDN,
                    sdn.publicationDate().plusDays(1), "given", s -> {
                        lessHim.forEach(s);
                        return ListMetadata.counted(lessHim.size());
                    }, n -> {}, "test").version();
            new Monitor(db, store, cases, PartyQueueTest::query, tmp.resolve("parties"), MatchConfig.DEFAULT)
                    .run(sdn, dropped, () -> indexes.open(store, quiet), "test:monitor");
            PartyGroups after;
            try (MatchIndex index = indexes.open(store, quiet)) {
                after = index.groups();
            }
            PartyAlerts left = rowOf(cases.queueByParty(open, after::groupId), "kept");
            assertThat(left.alerts()).extracting(Alert::entityId).containsExactly(CANADA);
            Alert sdnAlert = cases.alertsOn(SDN).stream().filter(a -> a.partyId().equals("kept")).findFirst().orElseThrow();
            assertThat(sdnAlert.status()).isEqualTo(AlertStatus.CLOSED);
            assertThat(sdnAlert.closedReason()).isEqualTo("delisted on " + dropped.publicationDate());
            // the date a listing shows as "delisted on", from the stored versions
            assertThat(store.history(SDN).flatMap(ListingHistory::delisted)).contains(dropped.publicationDate());
            assertThat(store.history(SDN).flatMap(h -> h.delistedAfter(sdn.publicationDate()))).contains(dropped.publicationDate());
            assertThat(store.history(CANADA).flatMap(ListingHistory::delisted)).isEmpty();
            // the approved true match on the delisted entry stays as it was decided
            assertThat(cases.alertsOn(SDN).stream().filter(a -> a.partyId().equals("decided")).findFirst().orElseThrow()
                    .decision()).isEqualTo(Decision.TRUE_MATCH);
        }
    }
}
