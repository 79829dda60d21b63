package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.clearance.audit.AuditLog;
import org.clearance.audit.Verification;
import org.clearance.cases.CaseStore;
import org.clearance.io.InputLimits;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.monitor.Monitor;
import org.clearance.monitor.MonitorReport;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.ImportResult;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way to scale the service out (README): several {@code serve} processes, each with its own home (its index),
 * on one PostgreSQL. Two services here share one store, one case book and one audit chain under concurrent load:
 * both screen and record parties at once, a decision proposed on one is approved on the other (and refused there to
 * the same approver), and a list imported by a third process, then monitored, is served by both.
 */
class TwoServicesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Threads sending requests to each service at once. */
    private static final int CLIENTS_PER_SERVICE = 2;
    /** Requests each client sends: a screening and a stored party, in turn. */
    private static final int REQUESTS_PER_CLIENT = 20;
    private static final Path SHARED = Path.of(System.getProperty("clearance.shared"), "data");
    /** Companies on the DHS UFLPA Entity List, as the parties a customs broker stores. */
    private static final List<String> UFLPA_COMPANIES = List.of("Changji Esquel Textile Co., Ltd.",
            "Hoshine Silicon Industry Co., Ltd.", "Xinjiang Daqo New Energy Co., Ltd.", "Aksu Huafu Textiles Co.");

    @TempDir
    Path home;

    @Test
    void twoServicesShareOneStoreOneCaseBookAndOneAuditChain() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Database first = Database.open(url, "postgres", "postgres");
            Map<String, String> keys = new HashMap<>();
            ApiKeys apiKeys = new ApiKeys(first);
            Map.of("screen", Role.SCREEN, "ann", Role.APPROVER, "bob", Role.APPROVER)
                    .forEach((name, role) -> keys.put(name, apiKeys.create(name, role, "cli:setup").key()));
            LoadedLists.Loader firstLoader = () -> {
                ListStore store = ListStore.of(first);
                new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT)
                        .importFiles(List.of(SHARED.resolve("uflpa/uflpa_entity_list.csv")), null, LocalDate.of(2025, 1, 15));
                return TestLists.indexed(store, Files.createTempDirectory(home, "one"));
            };
            StringWriter log = new StringWriter();
            try (ApiServer one = ApiServer.start(0, first, firstLoader, new PrintWriter(log, true), Duration.ofMillis(300), List.of())) {
                OperationsTest.awaitReady(one);
                Database second = Database.open(url, "postgres", "postgres");
                LoadedLists.Loader secondLoader = () -> TestLists.indexed(ListStore.of(second),
                        Files.createTempDirectory(home, "two"));
                try (ApiServer two = ApiServer.start(0, second, secondLoader, new PrintWriter(log, true), Duration.ofMillis(300),
                        List.of())) {
                    OperationsTest.awaitReady(two);
                    long requests = concurrentLoad(List.of(one, two), keys.get("screen"));
                    eachStoredPartyHasItsAlertsOnce(two, keys.get("ann"));
                    fourEyesAcrossServices(one, two, keys);
                    aListImportedElsewhereIsMonitoredAndServedByBoth(url, List.of(one, two), keys);

                    Verification v = new AuditLog(first).verify();
                    assertThat(v.problems()).as("one audit chain, appended by two services at once").isEmpty();
                    assertThat(v.checked()).isGreaterThanOrEqualTo(requests);
                }
            }
        }
    }

    /** Screenings and stored parties sent to both services at once; returns how many requests were answered. */
    private static long concurrentLoad(List<ApiServer> services, String key) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS_PER_SERVICE * services.size());
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int s = 0; s < services.size(); s++) {
                for (int c = 0; c < CLIENTS_PER_SERVICE; c++) {
                    ApiServer service = services.get(s);
                    String client = "s" + s + "c" + c;
                    done.add(clients.submit(() -> {
                        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                            String name = UFLPA_COMPANIES.get(i % UFLPA_COMPANIES.size());
                            HttpResponse<String> r = i % 2 == 0
                                    ? send(service, "/match/default", query(name), key)
                                    : send(service, "/parties", party(client + "-" + i, name), key);
                            assertThat(r.statusCode()).as(client + " request " + i + ": " + r.body()).isEqualTo(200);
                        }
                        return REQUESTS_PER_CLIENT;
                    }));
                }
            }
            long answered = 0;
            for (Future<Integer> f : done) {
                answered += f.get();
            }
            return answered;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void fourEyesAcrossServices(ApiServer one, ApiServer two, Map<String, String> keys) throws Exception {
        JsonNode party = JSON.readTree(send(one, "/parties", party("shipper-1", UFLPA_COMPANIES.get(0)), keys.get("screen")).body());
        JsonNode alert = party.path("alerts").get(0);
        assertThat(alert).as("an alert on " + party).isNotNull();
        String path = "/alerts/" + alert.path("id").asLong();
        HttpResponse<String> proposed = send(one, path + "/decisions", """
                {"decision": "true_match", "reason": "the listed company itself", "version": 1}""", keys.get("ann"));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        String approve = "{\"approve\": true, \"reason\": \"agreed\", \"version\": " + JSON.readTree(proposed.body())
                .path("version").asInt() + "}";
        HttpResponse<String> same = send(two, path + "/approval", approve, keys.get("ann"));
        assertThat(same.statusCode()).isEqualTo(403);
        assertThat(same.body()).contains("four eyes");
        assertThat(send(two, path + "/approval", approve, keys.get("bob")).statusCode()).isEqualTo(200);
        JsonNode seen = JSON.readTree(OperationsTest.send(OperationsTest.get(one, path)
                .setHeader("Authorization", "ApiKey " + keys.get("ann"))).body());
        assertThat(seen.path("status").asText()).isEqualTo("closed");
        assertThat(seen.path("decision").asText()).isEqualTo("true_match");
    }

    /**
     * A third process (the CLI's {@code lists import}, as the README tells an operator to run it) imports the SDN
     * list into the shared store and monitors it: the party stored through one service gets its alert once, and both
     * services screen against the new list after their reload.
     */
    private static void aListImportedElsewhereIsMonitoredAndServedByBoth(String url, List<ApiServer> services,
            Map<String, String> keys) throws Exception {
        String chen = "{\"id\": \"cust-chen\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Chen Quanguo\"], "
                + "\"birthDate\": [\"1955\"]}}";
        assertThat(send(services.get(0), "/parties", chen, keys.get("screen")).statusCode()).isEqualTo(200);
        try (Database third = Database.open(url, "postgres", "postgres"); ListStore store = ListStore.of(third)) {
            List<ImportResult> imported = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT).importFiles(
                    List.of(SHARED.resolve("lists/ofac/sdn.csv")), null, LocalDate.of(2024, 5, 3));
            VersionInfo sdn = imported.get(0).version();
            Path dir = Files.createTempDirectory("clearance-two-services-monitor");
            Monitor monitor = new Monitor(third, store, new CaseStore(third), StoredPartyQuery::of, dir.resolve("parties"),
                    MatchConfig.DEFAULT);
            MatchIndex index = TestLists.indexed(store, dir.resolve("index")).index();
            MonitorReport report = monitor.run(null, sdn, () -> index, "cli:test");
            assertThat(report.opened()).as(report.line()).isGreaterThanOrEqualTo(1);
        }
        for (ApiServer service : services) {
            JsonNode party = JSON.readTree(OperationsTest.send(OperationsTest.get(service, "/parties/cust-chen")
                    .setHeader("Authorization", "ApiKey " + keys.get("ann"))).body());
            assertThat(party.path("alerts").toString()).contains("us_ofac_sdn");
            String found = "";
            for (int i = 0; i < 300 && !found.contains("us_ofac_sdn"); i++) {
                Thread.sleep(200);
                found = send(service, "/match/default", "{\"queries\": {\"q\": {\"schema\": \"Person\", "
                        + "\"properties\": {\"name\": [\"Chen Quanguo\"]}}}}", keys.get("screen")).body();
            }
            assertThat(found).as("served on port " + service.port()).contains("us_ofac_sdn");
        }
    }

    /** Every party stored by either service has its alerts once: one per listed entry, none twice. */
    private static void eachStoredPartyHasItsAlertsOnce(ApiServer service, String key) throws Exception {
        JsonNode alerts = JSON.readTree(OperationsTest.send(OperationsTest.get(service, "/alerts?status=open&limit=500")
                .setHeader("Authorization", "ApiKey " + key)).body()).path("alerts");
        Map<String, Integer> byPartyAndEntry = new HashMap<>();
        for (JsonNode a : alerts) {
            byPartyAndEntry.merge(a.path("party_id").asText() + " " + a.path("entity_id").asText(), 1, Integer::sum);
        }
        assertThat(byPartyAndEntry).as(alerts.toString()).isNotEmpty().allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
        long parties = byPartyAndEntry.keySet().stream().map(k -> k.split(" ")[0]).distinct().count();
        assertThat(parties).isEqualTo((long) 2 * CLIENTS_PER_SERVICE * REQUESTS_PER_CLIENT / 2);
    }

    private static String party(String id, String company) {
        return "{\"id\": \"" + id + "\", \"schema\": \"Company\", \"properties\": {\"name\": [\"" + company + "\"]}}";
    }

    private static String query(String company) {
        return "{\"queries\": {\"q\": {\"schema\": \"Company\", \"properties\": {\"name\": [\"" + company + "\"]}}}}";
    }

    private static HttpResponse<String> send(ApiServer service, String path, String body, String key) throws Exception {
        return OperationsTest.send(OperationsTest.post(service, path, body).setHeader("Authorization", "ApiKey " + key));
    }
}
