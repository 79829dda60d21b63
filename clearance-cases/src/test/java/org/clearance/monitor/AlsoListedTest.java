package org.clearance.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.cases.Alert;
import org.clearance.cases.CaseStore;
import org.clearance.cases.Decision;
import org.clearance.cases.Party;
import org.clearance.io.InputLimits;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.match.Query;
import org.clearance.model.Schema;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.IndexCache;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monitoring's news that a party already listed is listed by one more list, on real versions: the UN Security
 * Council list of 2026-02-27 lists again the Iranian nuclear scientist Fereidoun Abbasi-Davani (IRi.001, under the
 * 2025 snapback), whom Canada's list already lists and the 2025-04-19 UN list did not.
 */
class AlsoListedTest {
    private static final String CANADA = "ca_sema-iran_1-part-2_76";
    private static final String UN = "un_sc_sanctions-IRi.001";

    private static Path shared(String relative) {
        return Path.of(System.getProperty("clearance.shared"), "data", "lists").resolve(relative);
    }

    private static Party party(String id, String name) {
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        props.putArray("name").add(name);
        return Party.of(id, "Person", props);
    }

    private static Query query(Party p) {
        return Query.ofName(Schema.PERSON, p.properties().path("name").get(0).asText());
    }

    @Test
    void aNewListingOfAnAlertedPartyIsNewsButNotForAPartyDismissedOnIt(@TempDir Path tmp) throws Exception {
        try (Database db = Database.open("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(), "sa", "");
                ListStore store = ListStore.of(db)) {
            ListImporter importer = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT);
            VersionInfo older = importer.importFiles(List.of(shared("un/history/consolidated-2025-04-19.xml"),
                    shared("ca/sema-autonomous-sanctions.xml")), null, null).stream().map(r -> r.version())
                    .filter(v -> v.dataset().equals("un_sc_sanctions")).findFirst().orElseThrow();
            IndexCache indexes = new IndexCache(tmp.resolve("index"));
            PrintWriter quiet = new PrintWriter(new StringWriter());
            CaseStore cases = new CaseStore(db);
            Caller analyst = Caller.user("ana", Role.ANALYST);
            try (MatchIndex before = indexes.open(store, quiet)) {
                assertThat(before.entity(UN)).as("not on the 2025 UN list").isEmpty();
                for (Party p : List.of(party("customer", "Fereidoun Abbasi-Davani"), party("namesake", "Fereidoun Abbasi Davani"))) {
                    cases.record(p, before.match(query(p), MatchConfig.DEFAULT, 10, Set.of()), "test:screen");
                }
            }
            Alert namesake = cases.alertsOn(CANADA).stream().filter(a -> a.partyId().equals("namesake")).findFirst().orElseThrow();
            cases.decide(namesake.id(), namesake.version(), Decision.FALSE_POSITIVE, "another man, born 1970", analyst);
            Alert customer = cases.alertsOn(CANADA).stream().filter(a -> a.partyId().equals("customer")).findFirst().orElseThrow();

            VersionInfo newer = importer.importFiles(List.of(shared("un/consolidated.xml")), null, null).get(0).version();
            assertThat(newer.publicationDate()).isEqualTo(LocalDate.of(2026, 2, 27));
            MonitorReport report = new Monitor(db, store, cases, AlsoListedTest::query, tmp.resolve("parties"), MatchConfig.DEFAULT)
                    .run(older, newer, () -> indexes.open(store, quiet), "test:monitor");

            assertThat(report.alsoListed()).filteredOn(x -> x.newEntry().equals(UN)).singleElement().satisfies(x -> {
                assertThat(x.partyId()).isEqualTo("customer");
                assertThat(x.alertId()).isEqualTo(customer.id());
                assertThat(x.knownEntry()).isEqualTo(CANADA);
                assertThat(x.on()).isEqualTo(LocalDate.of(2026, 2, 27));
                assertThat(x.text()).startsWith("also listed by ").contains("(un_sc_sanctions) on 2026-02-27");
            });
            assertThat(report.alsoListed()).noneMatch(x -> x.partyId().equals("namesake"));
            assertThat(report.line()).contains("alerted parties listed by one more list");

            List<AuditEntry> runs = new ArrayList<>();
            new AuditLog(db).forEach(1, e -> {
                if (e.action().equals("monitor.run")) {
                    runs.add(e);
                }
            });
            var also = new ObjectMapper().readTree(runs.get(0).detail()).get("also_listed");
            assertThat(also).anySatisfy(n -> {
                assertThat(n.get("party").asText()).isEqualTo("customer");
                assertThat(n.get("entity").asText()).isEqualTo(UN);
                assertThat(n.get("linked_to").asText()).isEqualTo(CANADA);
            });
        }
    }
}
