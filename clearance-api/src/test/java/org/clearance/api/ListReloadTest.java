package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.clearance.io.InputLimits;
import org.clearance.access.Caller;
import org.clearance.cases.LinkReviews;
import org.clearance.match.links.LinkDecision;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list imported by another process while the service runs is served without a restart, and so is a link decision
 * approved there.
 */
class ListReloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void aListImportedWhileServingIsPickedUp() throws Exception {
        Database db = TestLists.database(home);
        String key = new ApiKeys(db).create("reload-test", Role.SCREEN, "cli:test").key();
        StringWriter log = new StringWriter();
        Path csv = Path.of(System.getProperty("clearance.shared"), "data", "uflpa", "uflpa_entity_list.csv");
        // each load indexes into a folder of its own, as the CLI keeps one index per set of versions
        LoadedLists.Loader loader = () -> {
            ListStore store = ListStore.of(db);
            new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT).importFiles(List.of(csv), null,
                    LocalDate.of(2025, 1, 15));
            return TestLists.indexed(store, Files.createTempDirectory(home, "load"));
        };
        try (ApiServer server = ApiServer.start(0, db, loader, new PrintWriter(log, true), Duration.ofMillis(300), java.util.List.of())) {
            OperationsTest.awaitReady(server);
            String body = """
                    {"queries": {"q": {"schema": "Person", "properties": {"name": ["Chen Quanguo"]}}}}""";
            var before = OperationsTest.send(OperationsTest.post(server, "/match/default", body)
                    .setHeader("Authorization", "ApiKey " + key));
            assertThat(JSON.readTree(before.body()).path("responses").path("q").path("results").toString())
                    .doesNotContain("us_ofac_sdn");

            // another process imports the SDN list into the same database
            try (ListStore other = ListStore.of(db)) {
                new ListImporter(other, InputLimits.DEFAULT, ImportProgress.SILENT).importFiles(List.of(
                        Path.of(System.getProperty("clearance.shared"), "data", "lists", "ofac", "sdn.csv")), null,
                        LocalDate.of(2024, 5, 3));
            }
            String found = "";
            for (int i = 0; i < 300 && !found.contains("us_ofac_sdn"); i++) {
                Thread.sleep(200);
                found = OperationsTest.send(OperationsTest.post(server, "/match/default", body)
                        .setHeader("Authorization", "ApiKey " + key)).body();
            }
            assertThat(found).contains("us_ofac_sdn");
            assertThat(log.toString()).contains("Reloaded the lists", "us_ofac_sdn 2024-05-03");

            // the XPCC is one party of OFAC and the UFLPA list; two people of another process split it
            String xpcc = """
                    {"queries": {"q": {"schema": "Organization", "properties": {"name": ["Xinjiang Production and Construction Corps"]}}}}""";
            var party = JSON.readTree(OperationsTest.send(OperationsTest.post(server, "/match/default", xpcc)
                    .setHeader("Authorization", "ApiKey " + key)).body()).path("responses").path("q").path("results").get(0);
            assertThat(party.path("referents")).hasSize(1);
            String one = party.path("id").asText();
            String other = party.path("referents").get(0).asText();
            LinkReviews reviews = new LinkReviews(db);
            try (ListStore s = ListStore.of(db)) {
                var proposed = reviews.propose(s.entity(one).orElseThrow().entity(), s.entity(other).orElseThrow().entity(),
                        LinkDecision.Kind.SPLIT, "test: two parties", Caller.user("ana", Role.ANALYST));
                reviews.approve(proposed.id(), true, "test: agreed", Caller.user("carol", Role.APPROVER));
            }
            int referents = 1;
            for (int i = 0; i < 300 && referents > 0; i++) {
                Thread.sleep(200);
                referents = JSON.readTree(OperationsTest.send(OperationsTest.post(server, "/match/default", xpcc)
                        .setHeader("Authorization", "ApiKey " + key)).body()).path("responses").path("q").path("results").get(0)
                        .path("referents").size();
            }
            assertThat(referents).as("the split is applied to the loaded lists without a reload").isZero();
        }
    }
}
