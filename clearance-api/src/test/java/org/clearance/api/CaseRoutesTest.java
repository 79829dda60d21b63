package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.clearance.cases.CaseStore;
import org.clearance.cases.DelistingReviews;
import org.clearance.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case routes over the real server on a free port, with hits on real SDN and UFLPA entries. */
class CaseRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Callers by the names of their keys; each person has a key of their own. */
    private static final String SCREEN = "intake";
    private static final String ANALYST = "ana";
    private static final String ANALYST_2 = "abe";
    private static final String APPROVER = "carol";
    private static final String APPROVER_2 = "dave";
    private static final String ADMIN = "root";
    private static final Map<String, String> KEYS = new HashMap<>();
    /** The former Xinjiang party secretary, on the SDN list since 2020. */
    private static final String SDN_PERSON = """
            {"schema": "Person", "properties": {"name": ["Chen Quanguo"], "birthDate": ["1955"], "nationality": ["cn"]}}""";
    /** A company on the DHS UFLPA Entity List. */
    private static final String UFLPA_COMPANY = "Changji Esquel Textile Co., Ltd.";

    @TempDir
    static Path home;
    private static ApiServer server;
    private static Database database;

    record Reply(int status, JsonNode body, String text) {}

    @BeforeAll
    static void start() throws Exception {
        database = TestLists.database(home);
        ApiKeys keys = new ApiKeys(database);
        Map.of(SCREEN, Role.SCREEN, ANALYST, Role.ANALYST, ANALYST_2, Role.ANALYST, APPROVER, Role.APPROVER,
                APPROVER_2, Role.APPROVER, ADMIN, Role.ADMIN)
                .forEach((name, role) -> KEYS.put(name, keys.create(name, role, "cli:setup").key()));
        server = ApiServer.start(0, database, () -> TestLists.load(database, home), new PrintWriter(new StringWriter()));
        for (int i = 0; i < 600 && get("/readyz", null).status() != 200; i++) {
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close(); // and the database with it
    }

    private static String party(String id, String body) {
        return body.replaceFirst("\\{", "{\"id\": \"" + id + "\", ");
    }

    private static JsonNode alertOn(JsonNode party, String dataset) {
        for (JsonNode a : party.path("alerts")) {
            if (a.path("dataset").asText().equals(dataset)) {
                return a;
            }
        }
        throw new AssertionError("no " + dataset + " alert in " + party);
    }

    @Test
    void aScreenedPartyOpensAnAlertOnceAndIsServedBack() throws Exception {
        Reply first = post("/parties", party("cust-1", SDN_PERSON), SCREEN);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("id").asText()).isEqualTo("cust-1");
        JsonNode alert = alertOn(first.body(), "us_ofac_sdn");
        assertThat(alert.path("caption").asText()).containsIgnoringCase("Quanguo");
        assertThat(alert.path("status").asText()).isEqualTo("open");
        assertThat(alert.path("score").asDouble()).isGreaterThanOrEqualTo(0.7);
        assertThat(alert.path("explanation").size()).isPositive();
        assertThat(first.body().path("raised").findValuesAsText("outcome")).containsOnly("opened");

        Reply again = post("/parties", party("cust-1", SDN_PERSON), SCREEN);
        assertThat(again.body().path("raised").findValuesAsText("outcome")).containsOnly("unchanged");
        assertThat(again.body().path("alerts").size()).isEqualTo(first.body().path("alerts").size());
        assertThat(alertOn(again.body(), "us_ofac_sdn").path("id").asLong()).isEqualTo(alert.path("id").asLong());

        Reply stored = get("/parties/cust-1", ANALYST);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body().path("properties").path("name").get(0).asText()).isEqualTo("Chen Quanguo");
        Reply one = get("/alerts/" + alert.path("id").asLong(), ANALYST);
        assertThat(one.body().path("party").path("id").asText()).isEqualTo("cust-1");
        assertThat(one.body().path("history").size()).isZero();
        assertThat(get("/parties/nobody", ANALYST).status()).isEqualTo(404);

        // the metrics count what the queue holds
        long open = get("/alerts?status=open&limit=100", ANALYST).body().path("alerts").size();
        String metrics = get("/metrics", SCREEN).text();
        assertThat(metrics).containsPattern("(?m)^clearance_alerts_open \\d");
        double counted = Double.parseDouble(metrics.lines().filter(l -> l.startsWith("clearance_alerts_open "))
                .findFirst().orElseThrow().split(" ")[1]);
        assertThat(counted).isGreaterThanOrEqualTo(1).isEqualTo((double) open);
    }

    @Test
    void aBatchIsCheckedWholeBeforeAnyPartyIsStored() throws Exception {
        String good = "{\"id\": \"sup-1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"" + UFLPA_COMPANY + "\"]}}";
        Reply bad = post("/parties", "{\"parties\": [" + good + ", {\"schema\": \"Company\", \"properties\": {}}]}", SCREEN);
        assertError(bad, 400, "parties[1]");
        assertThat(get("/parties/sup-1", ANALYST).status()).isEqualTo(404);

        Reply ok = post("/parties", "{\"parties\": [" + good + ", {\"id\": \"sup-2\", \"schema\": \"Company\", "
                + "\"properties\": {\"name\": [\"Quiet Meadow Bakery of Lower Wensleydale\"]}}]}", SCREEN);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().path("parties").size()).isEqualTo(2);
        JsonNode supplier = ok.body().path("parties").get(0);
        assertThat(alertOn(supplier, "us_dhs_uflpa").path("caption").asText()).containsIgnoringCase("Esquel");
        assertThat(ok.body().path("parties").get(1).path("alerts").size()).isZero();

        JsonNode queue = get("/alerts?status=open&dataset=us_dhs_uflpa&limit=500", ANALYST).body().path("alerts");
        assertThat(queue.findValuesAsText("party_id")).contains("sup-1");
        queue.forEach(a -> assertThat(a.path("dataset").asText()).isEqualTo("us_dhs_uflpa"));

        StringBuilder many = new StringBuilder("{\"parties\": [");
        for (int i = 0; i <= CaseRoutes.MAX_PARTIES; i++) {
            many.append(i == 0 ? "" : ",").append(good);
        }
        assertError(post("/parties", many.append("]}").toString(), SCREEN), 413, String.valueOf(CaseRoutes.MAX_PARTIES));
    }

    @Test
    void aTrueMatchIsFinalOnlyWhenAnotherApproverApproves() throws Exception {
        JsonNode alert = alertOn(post("/parties", party("cust-2", SDN_PERSON), SCREEN).body(), "us_ofac_sdn");
        String path = "/alerts/" + alert.path("id").asLong();
        Reply proposed = post(path + "/decisions", """
                {"decision": "true_match", "reason": "same name, birth year and nationality", "version": 1}""", APPROVER);
        assertThat(proposed.status()).isEqualTo(200);
        assertThat(proposed.body().path("status").asText()).isEqualTo("pending_approval");
        int v = proposed.body().path("version").asInt();
        String approve = "{\"approve\": true, \"reason\": \"agreed\", \"version\": " + v + "}";
        assertError(post(path + "/approval", approve, APPROVER), 403, "four eyes");
        assertError(post(path + "/approval", approve, ANALYST), 403, "approver");
        assertError(post(path + "/decisions", "{\"decision\": \"false_positive\", \"reason\": \"x\", \"version\": 1}",
                ADMIN), 403, "admin");
        String entity = alert.path("entity_id").asText();
        // while it waits for the second pair of eyes, the hit is not yet a finding
        JsonNode pending = get("/parties/cust-2/history?date=2024-05-01", ANALYST).body().path("on_date");
        assertThat(pending.path("unreviewed").toString()).contains(entity);
        assertThat(pending.path("listed").asBoolean()).isFalse();
        Reply fin = post(path + "/approval", approve, APPROVER_2);
        assertThat(fin.status()).isEqualTo(200);
        assertThat(fin.body().path("status").asText()).isEqualTo("closed");
        assertThat(fin.body().path("decision").asText()).isEqualTo("true_match");
        // was this party listed on a day? By the stored SDN versions (the snapshot's oldest is 2024-04-26)
        Reply history = get("/parties/cust-2/history?date=2024-05-01", ANALYST);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().path("on_date").path("confirmed").toString()).contains(entity);
        assertThat(history.body().path("on_date").path("listed").asBoolean()).isTrue();
        assertThat(history.body().path("entries").findValuesAsText("id")).contains(entity);
        JsonNode tooEarly = get("/parties/cust-2/history?date=2001-01-01", ANALYST).body();
        assertThat(tooEarly.path("on_date").path("listed").asBoolean()).isFalse();
        assertThat(tooEarly.path("entries").get(0).path("on_date").path("listed").isNull()).isTrue();
        assertError(get("/parties/cust-2/history", SCREEN), 403, "analyst");
        assertError(get("/parties/cust-2/history?date=soon", ANALYST), 400, "YYYY-MM-DD");
        assertError(get("/parties/nobody/history", ANALYST), 404, "nobody");
        assertThat(get(path, ANALYST).body().path("history").findValuesAsText("decision"))
                .containsExactly("true_match", "approved");
    }

    @Test
    void aFalsePositiveIsRememberedAndReopensWhenThePartyChanges() throws Exception {
        JsonNode alert = alertOn(post("/parties", party("cust-3", SDN_PERSON), SCREEN).body(), "us_ofac_sdn");
        String path = "/alerts/" + alert.path("id").asLong();
        Reply decided = post(path + "/decisions", """
                {"decision": "false_positive", "reason": "our customer is a namesake born 1990", "version": 1}""", ANALYST);
        assertThat(decided.body().path("status").asText()).isEqualTo("closed");
        Reply same = post("/parties", party("cust-3", SDN_PERSON), SCREEN);
        assertThat(alertOn(same.body(), "us_ofac_sdn").path("status").asText()).isEqualTo("closed");
        assertThat(same.body().path("raised").toString()).contains("suppressed");

        Reply changed = post("/parties", party("cust-3", SDN_PERSON.replace("\"nationality\"",
                "\"address\": [\"Urumqi\"], \"nationality\"")), SCREEN);
        JsonNode reopened = alertOn(changed.body(), "us_ofac_sdn");
        assertThat(reopened.path("id").asLong()).isEqualTo(alert.path("id").asLong());
        assertThat(reopened.path("status").asText()).isEqualTo("open");
        assertThat(reopened.path("changes").path("party").toString()).isEqualTo("[\"address\"]");
    }

    @Test
    void aDecisionOnAStaleVersionIsA409() throws Exception {
        JsonNode alert = alertOn(post("/parties", party("cust-4", SDN_PERSON), SCREEN).body(), "us_ofac_sdn");
        String path = "/alerts/" + alert.path("id").asLong() + "/decisions";
        assertThat(post(path, "{\"decision\": \"escalate\", \"reason\": \"ask legal\", \"version\": 1}", ANALYST).status())
                .isEqualTo(200);
        assertError(post(path, "{\"decision\": \"false_positive\", \"reason\": \"namesake\", \"version\": 1}", ANALYST_2),
                409, "version 2");
    }

    @Test
    void badInputAndWrongCallersAreJson4xx() throws Exception {
        JsonNode alert = alertOn(post("/parties", party("cust-5", SDN_PERSON), SCREEN).body(), "us_ofac_sdn");
        String path = "/alerts/" + alert.path("id").asLong() + "/decisions";
        assertError(post(path, "{\"decision\": \"maybe\", \"reason\": \"x\", \"version\": 1}", ANALYST), 400, "maybe");
        assertError(post(path, "{\"decision\": \"escalate\", \"reason\": \" \", \"version\": 1}", ANALYST), 400, "reason");
        assertError(post(path, "{\"decision\": \"escalate\", \"reason\": \"x\"}", ANALYST), 400, "version");
        assertError(post(path, "{\"decision\": \"escalate\", \"reason\": \"x\", \"version\": 1, \"by\": 2}", ANALYST), 400, "by");
        assertError(post(path, "{\"decision\": ", ANALYST), 400, "malformed JSON");
        assertError(post("/alerts/abc/decisions", "{}", ANALYST), 400, "abc");
        assertError(post("/alerts/999999/decisions", "{\"decision\": \"escalate\", \"reason\": \"x\", \"version\": 1}",
                ANALYST), 404, "999999");
        assertError(post("/alerts/1/approval", "{\"reason\": \"x\", \"version\": 1}", APPROVER), 400, "approve");
        assertError(post("/parties", "{\"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}, \"x\": 1}", SCREEN),
                400, "party: unknown field 'x'");
        assertError(get("/alerts?status=maybe", ANALYST), 400, "status");
        assertError(get("/alerts?dataset=nowhere", ANALYST), 400, "nowhere");
        assertError(get("/alerts?sort=score", ANALYST), 400, "sort");
        assertError(get("/alerts?limit=0", ANALYST), 400, "limit");
        assertError(get("/cases/export?format=xml", ANALYST), 400, "xml");
        assertError(get("/alerts", null), 401, "API key");
        assertError(get("/alerts", "nobody"), 401, "unknown");
        assertError(get("/alerts", SCREEN), 403, "screen");
        assertError(get("/alerts", ADMIN), 403, "admin");
    }

    @Test
    void casesExportAsCsvAndJson() throws Exception {
        JsonNode alert = alertOn(post("/parties", party("cust-6", SDN_PERSON), SCREEN).body(), "us_ofac_sdn");
        post("/alerts/" + alert.path("id").asLong() + "/decisions",
                "{\"decision\": \"escalate\", \"reason\": \"needs, \\\"a\\\" second look\", \"version\": 1}", ANALYST);
        Reply csv = get("/cases/export?format=csv", ANALYST);
        assertThat(csv.status()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.text())).getRecords();
        CSVRecord row = rows.stream().filter(r -> r.get("alert_id").equals(alert.path("id").asText())).findFirst().orElseThrow();
        assertThat(row.get("party_id")).isEqualTo("cust-6");
        assertThat(row.get("decision")).isEqualTo("escalate");
        assertThat(row.get("last_reason")).isEqualTo("needs, \"a\" second look");
        Reply json = get("/cases/export?format=json", ANALYST);
        assertThat(json.body().isArray()).isTrue();
        assertThat(json.body().size()).isEqualTo(rows.size());
    }

    @Test
    void aPartyOnTwoListsIsOneRowOfTheQueueAndOneDecisionDecidesBothAlerts() throws Exception {
        // Erkin Tuniyaz: "TUNIYAZ, Erken" on the SDN list, "Erkin Tuniyaz" on Canada's, linked as one party
        JsonNode stored = post("/parties", """
                {"id": "cust-two-lists", "schema": "Person", "properties": {"name": ["Erkin Tuniyaz"]}}""", SCREEN).body();
        JsonNode sdn = alertOn(stored, "us_ofac_sdn");
        JsonNode ca = alertOn(stored, "ca_sema");
        JsonNode row = null;
        for (JsonNode r : get("/alerts?by=party&status=open&limit=1000", ANALYST).body().path("parties")) {
            if (r.path("party").path("id").asText().equals("cust-two-lists")) {
                assertThat(row).as("one row for the party").isNull();
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("group_id").asText()).startsWith("grp-");
        assertThat(row.path("datasets").toString()).contains("us_ofac_sdn").contains("ca_sema");
        assertThat(row.path("alerts").findValuesAsText("entity_id")).containsExactlyInAnyOrder(
                sdn.path("entity_id").asText(), ca.path("entity_id").asText());
        String alerts = "[{\"id\": " + sdn.path("id").asLong() + ", \"version\": 1}, {\"id\": " + ca.path("id").asLong()
                + ", \"version\": 1}]";
        assertError(post("/parties/cust-1/decisions", "{\"alerts\": " + alerts + ", \"decision\": \"false_positive\", "
                + "\"reason\": \"x\"}", ANALYST), 400, "not 'cust-1'");
        assertError(post("/parties/cust-two-lists/decisions", "{\"alerts\": [{\"id\": 1}], \"decision\": \"escalate\", "
                + "\"reason\": \"x\"}", ANALYST), 400, "alerts[0]");
        // bad input: no alerts, not a list, one alert twice, more than one decision may name, a body that is no JSON
        String sdnSeen = "{\"id\": " + sdn.path("id").asLong() + ", \"version\": 1}";
        String decide = "/parties/cust-two-lists/decisions";
        assertError(post(decide, "{\"alerts\": [], \"decision\": \"escalate\", \"reason\": \"x\"}", ANALYST), 400, "alerts: required");
        assertError(post(decide, "{\"alerts\": 5, \"decision\": \"escalate\", \"reason\": \"x\"}", ANALYST), 400, "alerts: required");
        assertError(post(decide, "{\"alerts\": [" + sdnSeen + ", " + sdnSeen + "], \"decision\": \"escalate\", \"reason\": \"x\"}",
                ANALYST), 400, "named twice");
        String many = String.join(", ", java.util.Collections.nCopies(CaseRoutes.MAX_ALERTS_PER_DECISION + 1, sdnSeen));
        assertError(post(decide, "{\"alerts\": [" + many + "], \"decision\": \"escalate\", \"reason\": \"x\"}", ANALYST), 400,
                "at most " + CaseRoutes.MAX_ALERTS_PER_DECISION);
        assertThat(post(decide, "{\"alerts\": [", ANALYST).status()).isEqualTo(400);
        Reply decided = post("/parties/cust-two-lists/decisions", "{\"alerts\": " + alerts + ", \"decision\": "
                + "\"false_positive\", \"reason\": \"another man, born 1990\"}", ANALYST);
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        assertThat(decided.body().path("alerts").findValuesAsText("status")).containsExactly("closed", "closed");
        assertThat(get("/alerts?by=party&status=open&limit=1000", ANALYST).body().path("parties").findValuesAsText("id"))
                .doesNotContain("cust-two-lists");
        assertError(get("/alerts?by=entry", ANALYST), 400, "alert or party");
    }

    static void assertError(Reply r, int status, String mentions) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.body().path("detail").asText()).contains(mentions);
    }

    private static Reply get(String path, String caller) throws Exception {
        return send(with(HttpRequest.newBuilder(uri(path)), caller).GET());
    }

    @Test
    void aDelistedTrueMatchWaitsInTheReviewsUntilAnAnalystRecordsWhatWasDone() throws Exception {
        JsonNode alert = alertOn(post("/parties", party("cust-delisted", SDN_PERSON), SCREEN).body(), "us_ofac_sdn");
        String path = "/alerts/" + alert.path("id").asLong();
        int v = post(path + "/decisions", """
                {"decision": "true_match", "reason": "same person", "version": 1}""", ANALYST).body().path("version").asInt();
        post(path + "/approval", "{\"approve\": true, \"reason\": \"agreed\", \"version\": " + v + "}", APPROVER);
        // monitoring flags it when the entry is delisted (MonitorTest runs that on two real UN versions)
        long alertId = alert.path("id").asLong();
        new DelistingReviews(database).flag(List.of(new CaseStore(database).alert(alertId).orElseThrow().alert()),
                "delisted on 2026-01-01", "test:monitor");
        JsonNode open = get("/reviews", ANALYST).body().path("reviews");
        JsonNode mine = null;
        for (JsonNode r : open) {
            if (r.path("alert_id").asLong() == alertId) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("party_id").asText()).isEqualTo("cust-delisted");
        assertThat(mine.path("reason").asText()).isEqualTo("delisted on 2026-01-01");
        String done = "/reviews/" + mine.path("id").asLong() + "/done";
        assertThat(get("/reviews", SCREEN).status()).isEqualTo(403);
        assertError(post(done, "{}", ANALYST), 400, "note");
        assertError(post(done, "{\"note\": \"x\", \"extra\": 1}", ANALYST), 400, "extra");
        assertError(post(done, "{\"note\": \"" + "x".repeat(CaseStore.MAX_REASON_LENGTH + 1) + "\"}", ANALYST), 400,
                "at most " + CaseStore.MAX_REASON_LENGTH);
        Reply recorded = post(done, "{\"note\": \"sanction lifted; customer unblocked\"}", ANALYST_2);
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.body().path("done_by").asText()).isEqualTo(ANALYST_2);
        assertError(post(done, "{\"note\": \"again\"}", ANALYST), 409, "already dealt with");
        assertError(post("/reviews/99999999/done", "{\"note\": \"x\"}", ANALYST), 404, "no review");
        assertError(post("/reviews/abc/done", "{\"note\": \"x\"}", ANALYST), 400, "review id");
        assertThat(get("/reviews", ANALYST).body().path("reviews").findValuesAsText("alert_id"))
                .doesNotContain(String.valueOf(alertId));
    }

    private static Reply post(String path, String body, String caller) throws Exception {
        return send(with(HttpRequest.newBuilder(uri(path)), caller).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpRequest.Builder with(HttpRequest.Builder b, String caller) {
        return caller == null ? b : b.header("Authorization", "ApiKey " + KEYS.getOrDefault(caller, "not-a-key"));
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static Reply send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (Exception e) {
            body = JSON.missingNode(); // the CSV export
        }
        return new Reply(r.statusCode(), body, r.body());
    }
}
