package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free port over the bundled snapshot, called as a yente client would. */
class ApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path home;
    private static ApiServer server;
    private static Database db;
    private static String screenKey;
    private static String adminKey;
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static String notReadyBody;
    private static int notReadyStatus;

    record Reply(int status, JsonNode body, String contentType) {}

    @BeforeAll
    static void start() throws Exception {
        // the loader waits until the not-ready answer has been seen, so that answer is checked for certain
        db = TestLists.database(home);
        ApiKeys keys = new ApiKeys(db);
        screenKey = keys.create("tester", Role.SCREEN, "cli:setup").key();
        adminKey = keys.create("admin", Role.ADMIN, "cli:setup").key();
        server = ApiServer.start(0, db, () -> {
            RELEASE.await();
            return TestLists.load(db, home);
        }, new PrintWriter(System.err, true));
        Reply r = get("/readyz");
        notReadyStatus = r.status();
        notReadyBody = r.body().path("detail").asText();
        RELEASE.countDown();
        for (int i = 0; i < 600 && get("/readyz").status() != 200; i++) {
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void readinessIs503WhileTheListsLoadThen200() throws Exception {
        assertThat(notReadyStatus).isEqualTo(503);
        assertThat(notReadyBody).contains("loading");
        assertThat(get("/readyz").status()).isEqualTo(200);
        assertThat(get("/healthz").body().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void yenteDocsRequestFindsTheSdnEntryWithExplanations() throws Exception {
        // the body as yente's documentation writes a match request
        Reply r = post("/match/default", """
                {"queries": {"q1": {"schema": "Person", "properties": {
                    "name": ["Chen Quanguo"], "birthDate": ["1955"], "nationality": ["cn"]}}}}""");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).contains("application/json");
        JsonNode q1 = r.body().path("responses").path("q1");
        assertThat(q1.path("status").asInt()).isEqualTo(200);
        assertThat(q1.path("query").path("properties").path("name").get(0).asText()).isEqualTo("Chen Quanguo");
        // Canada lists him too: one party, whichever entry scores best, with OFAC's among its lists
        JsonNode top = null;
        for (JsonNode x : q1.path("results")) {
            if (top == null && x.path("datasets").toString().contains("\"us_ofac_sdn\"")) {
                top = x;
            }
        }
        assertThat(top).as("a result listed by us_ofac_sdn").isNotNull();
        assertThat(top.path("caption").asText()).containsIgnoringCase("Quanguo");
        assertThat(top.path("schema").asText()).isEqualTo("Person");
        assertThat(top.path("match").asBoolean()).isTrue();
        assertThat(top.path("score").asDouble()).isGreaterThanOrEqualTo(0.7);
        assertThat(top.path("properties").path("birthDate").toString()).contains("1955");
        assertThat(top.path("explanations").size()).isPositive();
        top.path("explanations").forEach(f -> assertThat(f.has("score") && f.has("detail")).isTrue());
        assertThat(q1.path("total").path("value").asInt()).isEqualTo(q1.path("results").size());
        assertThat(r.body().path("limit").asInt()).isEqualTo(MatchParams.DEFAULT_LIMIT);
    }

    @Test
    void aPartyOfSeveralListsIsOneMergedEntityWithItsDatasetsReferentsAndListings() throws Exception {
        JsonNode results = post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Erkin Tuniyaz"]}}}}""")
                .body().path("responses").path("q").path("results");
        JsonNode party = results.get(0);
        assertThat(party.path("id").asText()).isEqualTo("ca_sema-china_part-1_6");
        assertThat(party.path("datasets")).extracting(JsonNode::asText).containsExactly("ca_sema", "us_ofac_sdn");
        assertThat(party.path("referents")).extracting(JsonNode::asText).containsExactly("us_ofac_sdn-34119");
        assertThat(party.path("party_id").asText()).isEqualTo("grp-ca_sema-china_part-1_6");
        JsonNode ofac = party.path("listings").get(1);
        assertThat(ofac.path("entity_id").asText()).isEqualTo("us_ofac_sdn-34119");
        assertThat(ofac.path("caption").asText()).isEqualTo("TUNIYAZ, Erken");
        assertThat(ofac.path("programs")).extracting(JsonNode::asText).containsExactly("GLOMAG");
        assertThat(ofac.path("listed_on").isNull()).isTrue(); // OFAC's files give no listing date
        assertThat(ofac.path("score").asDouble()).isEqualTo(0.98, org.assertj.core.data.Offset.offset(0.005));
        assertThat(party.path("listings").get(0).path("listed_on").asText()).isEqualTo("2024-12-09");
        // the OFAC entry is not a second result
        results.forEach(x -> assertThat(x.path("id").asText()).isNotEqualTo("us_ofac_sdn-34119"));
        // a party of one listing is as before: its own list, no referents
        JsonNode alone = post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Ingeborg Abrahamsen"]}}}}""")
                .body().path("responses").path("q").path("results");
        alone.forEach(x -> assertThat(x.path("datasets").size()).isEqualTo(x.path("listings").size()));
    }

    @Test
    void uflpaCompanyIsFoundInTheUflpaCollectionAndNotInSanctions() throws Exception {
        String body = """
                {"queries": {"c": {"schema": "Company", "properties": {"name": "Changji Esquel Textile Co., Ltd."}}}}""";
        JsonNode uflpa = post("/match/uflpa", body).body().path("responses").path("c").path("results");
        assertThat(uflpa).isNotEmpty();
        assertThat(uflpa.get(0).path("datasets").get(0).asText()).isEqualTo("us_dhs_uflpa");
        assertThat(uflpa.get(0).path("match").asBoolean()).isTrue();
        JsonNode sanctions = post("/match/sanctions", body).body().path("responses").path("c").path("results");
        sanctions.forEach(x -> assertThat(x.path("datasets").get(0).asText()).isNotEqualTo("us_dhs_uflpa"));
    }

    @Test
    void limitThresholdAndExclusionsApply() throws Exception {
        String body = """
                {"queries": {"q": {"schema": "LegalEntity", "properties": {"name": ["Xinjiang Corps"]}}}}""";
        JsonNode wide = post("/match/default?limit=10&cutoff=0.3", body).body().path("responses").path("q").path("results");
        assertThat(wide.size()).isGreaterThan(1).isLessThanOrEqualTo(10);
        JsonNode one = post("/match/default?limit=1&cutoff=0.3", body).body().path("responses").path("q").path("results");
        assertThat(one.size()).isEqualTo(1);
        // a threshold of 1 makes nothing short of a perfect score a match
        JsonNode strict = post("/match/default?limit=10&cutoff=0.3&threshold=1", body).body().path("responses").path("q").path("results");
        strict.forEach(x -> assertThat(x.path("match").asBoolean()).isEqualTo(x.path("score").asDouble() >= 1.0));
        String firstId = wide.get(0).path("id").asText();
        JsonNode without = post("/match/default?limit=10&cutoff=0.3&exclude_entity_ids=" + firstId, body)
                .body().path("responses").path("q").path("results");
        without.forEach(x -> assertThat(x.path("id").asText()).isNotEqualTo(firstId));
        JsonNode onlyUn = post("/match/default?limit=10&cutoff=0.3&include_dataset=us_dhs_uflpa", body)
                .body().path("responses").path("q").path("results");
        onlyUn.forEach(x -> assertThat(x.path("datasets").get(0).asText()).isEqualTo("us_dhs_uflpa"));
    }

    @Test
    void entitiesAreFoundByIdOr404() throws Exception {
        String id = post("/match/us_ofac_sdn", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Chen Quanguo"]}}}}""")
                .body().path("responses").path("q").path("results").get(0).path("id").asText();
        Reply found = get("/entities/" + id);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().path("id").asText()).isEqualTo(id);
        Reply missing = get("/entities/no-such-entity");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("detail").asText()).contains("no-such-entity");
    }

    @Test
    void historySaysWhetherAnEntryWasListedOnADay() throws Exception {
        // the snapshot holds the SDN of 2024-04-26 and of 2024-05-03, which added MOUKALLED, Firas Hasan
        Reply r = get("/entities/us_ofac_sdn-48325/history?date=2024-04-30");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("listed").get(0).path("from").path("published").asText()).isEqualTo("2024-05-03");
        assertThat(r.body().path("listed").get(0).path("until").isNull()).isTrue();
        assertThat(r.body().path("on_date").path("listed").asBoolean()).isFalse();
        assertThat(get("/entities/us_ofac_sdn-48325/history?date=2024-05-03").body().path("on_date").path("listed")
                .asBoolean()).isTrue();
        assertThat(get("/entities/us_ofac_sdn-48325/history?date=2001-01-01").body().path("on_date").path("listed")
                .isNull()).isTrue();
        assertError(get("/entities/us_ofac_sdn-48325/history?date=yesterday"), 400, "YYYY-MM-DD");
        assertError(get("/entities/nobody/history"), 404, "nobody");
    }

    @Test
    void searchCatalogAndAlgorithmsAnswer() throws Exception {
        Reply s = get("/search/sanctions?q=Chen%20Quanguo");
        assertThat(s.status()).isEqualTo(200);
        assertThat(s.body().path("results").get(0).path("caption").asText()).containsIgnoringCase("Quanguo");
        Reply c = get("/catalog");
        assertThat(c.body().path("current").toString()).contains("us_ofac_sdn", "us_dhs_uflpa");
        Reply a = get("/algorithms");
        assertThat(a.body().path("default").asText()).isEqualTo(Algorithms.NAME);
        // the features of the scorer's explanations, from its table
        JsonNode features = a.body().path("algorithms").get(0).path("features");
        for (org.clearance.match.Feature f : org.clearance.match.Feature.values()) {
            assertThat(features.path(f.id()).asText()).isEqualTo(f.description());
        }
        assertThat(features.size()).isEqualTo(org.clearance.match.Feature.values().length);
    }

    @Test
    void badInputIsA4xxJsonErrorThatSaysWhatIsWrong() throws Exception {
        String ok = """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Chen Quanguo"]}}}}""";
        assertError(post("/match/default", "{\"queries\": {"), 400, "malformed JSON");
        assertError(post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["x"]}}}, "config": {"noSuchSetting": 1}}"""),
                400, "noSuchSetting");
        // a value out of a setting's range is refused as the command line refuses it: setting, value and range named
        assertError(post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["x"]}}}, "config": {"candidates": 5000}}"""),
                400, "config: setting 'candidates': 5000 is out of range [1, 1000]");
        assertError(post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["x"]}}}, "weights": {"dobYearMismatch": -1}}"""),
                400, "setting 'dobYearMismatch': -1 is out of range [0, 1]");
        assertError(post("/match/default?threshold=1.5", ok), 400, "setting 'threshold': 1.5 is out of range [0, 1]");
        assertError(post("/match/no_such_list", ok), 404, "no_such_list");
        assertError(post("/match/default?limit=100000", ok), 400, "limit");
        assertError(post("/match/default?algorithm=magic", ok), 400, "magic");
        assertError(post("/match/default", ""), 400, "the body is empty");
        assertError(post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"birthDate": ["1955"]}}}}"""), 400, "no name");
        assertError(post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["x"], "birthDate": ["someday"]}}}}"""),
                400, "queries.q.properties.birthDate");
        StringBuilder many = new StringBuilder("{\"queries\": {");
        for (int i = 0; i <= MatchRequest.MAX_QUERIES; i++) {
            many.append(i == 0 ? "" : ",").append("\"q").append(i).append("\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}");
        }
        assertError(post("/match/default", many.append("}}").toString()), 413, String.valueOf(MatchRequest.MAX_QUERIES));
        String huge = "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\""
                + "a".repeat((int) ApiServer.MAX_BODY_BYTES) + "\"]}}}}";
        Reply tooBig = post("/match/default", huge);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.body().has("detail")).isTrue();
    }

    /** Issue 18, item 4: a chunked body (no Content-Length) is held to the same limit as any other. */
    @Test
    void aChunkedBodyIsHeldToTheLimit() throws Exception {
        byte[] big = ("{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\""
                + "a".repeat(10 << 20) + "\"]}}}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long auditBefore = new AuditLog(db).verify().checked();
        Reply r = send(HttpRequest.newBuilder(uri("/match/default")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        assertError(r, 413, "larger than this route accepts (1,048,576 bytes)");
        Reply small = send(HttpRequest.newBuilder(uri("/match/default")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream("""
                        {"queries": {"q": {"schema": "Person", "properties": {"name": ["Chen Quanguo"]}}}}""".getBytes()))));
        assertThat(small.status()).isEqualTo(200);
        assertThat(new AuditLog(db).verify().checked() - auditBefore).as("only the small request was screened").isLessThan(20);
    }

    /** Issue 18, items 5 and 9: input accepted too loosely is a 400 naming the field or the limit. */
    @Test
    void looseInputIsA400NamingTheField() throws Exception {
        String ok = """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Chen Quanguo"]}}}}""";
        assertError(post("/match/default", ok + "garbage"), 400, "malformed JSON");
        assertError(post("/match/default", ok + " {}"), 400, "malformed JSON");
        assertError(post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["A"]}},
                             "q": {"schema": "Person", "properties": {"name": ["B"]}}}}"""), 400, "Duplicate field 'q'");
        assertError(post("/match/default?exclude_schema=Persn", ok), 400, "exclude_schema: unknown schema 'Persn'");
        assertThat(post("/match/default?exclude_schema=Vessel", ok).status()).isEqualTo(200);
        assertError(post("/match/default?threshold=-1e9", ok), 400, "threshold");
        assertError(post("/match/default?cutoff=-1e9", ok), 400, "cutoff");
        assertError(post("/match/default?limit=1&limit=2", ok), 400, "limit: given 2 times");
        assertError(post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": [5]}}}}"""), 400,
                "queries.q.properties.name: values must be strings (names), got number");
        // one value for a list is read as a list of one, as yente does (documented in the README)
        assertThat(post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": "Chen Quanguo"}}}}""").status()).isEqualTo(200);
        for (String candidates : List.of("0", "-1")) {
            assertError(post("/match/default", """
                    {"queries": {"q": {"schema": "Person", "properties": {"name": ["x"]}}}, "config": {"candidates": %s}}"""
                    .formatted(candidates)), 400, "candidates");
        }
        assertError(post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["%s"]}}}}""".formatted("陈".repeat(340_000))),
                400, "a name of 340,000 characters; a name may have at most 1,000");
        assertError(post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["%s"]}}}}""".formatted("陈".repeat(101))),
                400, "a name of 101 parts (words, or Chinese characters); a name may have at most 100");
    }

    /** Issue 18, item 8: Jetty's own refusals and a body cut short are JSON with a 4xx, not HTML or an empty 500. */
    @Test
    void jettysOwnErrorsAndCutShortBodiesAreJson() throws Exception {
        for (String path : List.of("/entities/a%2fb", "/entities/a%00b")) {
            String reply = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: ApiKey " + screenKey
                    + "\r\nConnection: close\r\n\r\n");
            assertJsonError(reply, "4"); // refused by Jetty (400) or, decoded, a 404 of the route
        }
        assertJsonError(raw("GET /entities/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), "414");
        assertJsonError(raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n"),
                "431");
        String badVersion = raw("GET /healthz HTTP/3.0\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertJsonError(badVersion, "505");
        assertThat(badVersion).contains("HTTP/1.0, 1.1 and 2 only");
        String shortBody = raw("POST /match/default HTTP/1.1\r\nHost: x\r\nAuthorization: ApiKey " + screenKey
                + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{\"queries\":");
        assertJsonError(shortBody, "400");
        assertThat(shortBody).contains("ended before its Content-Length");
    }

    /** Issue 18, item 10: every answer, JSON, page, asset or Jetty's own refusal, carries the security headers. */
    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        String auth = "Authorization: ApiKey " + screenKey + "\r\n";
        List<String> answers = List.of(
                raw("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                raw("GET /catalog HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n"),
                raw("GET /catalog HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), // 401
                raw("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), // 404
                raw("GET /metrics HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n"),
                raw("GET /openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n"));
        for (String reply : answers) {
            String head = reply.substring(0, reply.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
            assertThat(head).as(head).contains("x-content-type-options: nosniff").contains("x-frame-options: deny")
                    .contains("referrer-policy: same-origin")
                    .contains("content-security-policy: " + SecurityHeaders.NOTHING_RUNS.toLowerCase(java.util.Locale.ROOT));
        }
        String docs = raw("GET /docs HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(docs).startsWith("HTTP/1.1 200").contains("X-Content-Type-Options: nosniff")
                .containsPattern("Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'");
        String asset = docs.replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
        assertThat(raw("GET " + asset + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200")
                .contains("X-Content-Type-Options: nosniff");
    }

    /** @param status the status, or its first digits */
    private static void assertJsonError(String reply, String status) {
        assertThat(reply).startsWith("HTTP/1.1 " + status);
        assertThat(reply).containsIgnoringCase("Content-Type: application/json");
        assertThat(reply).contains("\"detail\":").contains("\"status\":" + status);
    }

    /** Sends bytes as they are (no client would send these requests) and reads the whole answer; output is then shut. */
    private static String raw(String request) throws Exception {
        try (java.net.Socket s = new java.net.Socket("localhost", server.port())) {
            s.setSoTimeout(60_000);
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            s.shutdownOutput();
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyRouteButHealthNeedsAValidKey() throws Exception {
        String body = """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Chen Quanguo"]}}}}""";
        assertThat(send(HttpRequest.newBuilder(uri("/healthz")).GET(), null).status()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/readyz")).GET(), null).status()).isEqualTo(200);
        Reply none = send(HttpRequest.newBuilder(uri("/match/default")).POST(HttpRequest.BodyPublishers.ofString(body)), null);
        assertError(none, 401, "API key is required");
        assertError(send(HttpRequest.newBuilder(uri("/catalog")).GET(), "ApiKey clr_not-a-real-key"), 401, "unknown or revoked");
        assertError(send(HttpRequest.newBuilder(uri("/catalog")).GET(), "Basic dXNlcjpwYXNz"), 401, "'ApiKey <key>'");
        // the Bearer form works as well as OpenSanctions' ApiKey form
        assertThat(send(HttpRequest.newBuilder(uri("/catalog")).GET(), "Bearer " + screenKey).status()).isEqualTo(200);
        // an admin manages the service and may screen, as its role says
        assertThat(send(HttpRequest.newBuilder(uri("/catalog")).GET(), "ApiKey " + adminKey).status()).isEqualTo(200);
        ApiKeys keys = new ApiKeys(db);
        String revoked = keys.create("leaver", Role.SCREEN, "cli:setup").key();
        keys.revoke("leaver", "cli:setup");
        assertError(send(HttpRequest.newBuilder(uri("/catalog")).GET(), "ApiKey " + revoked), 401, "unknown or revoked");
    }

    @Test
    void everyScreeningIsInTheAuditLogWithWhoAskedAndWhatWasFound() throws Exception {
        String name = "Screening audit " + System.nanoTime();
        post("/match/default", """
                {"queries": {"who": {"schema": "Person", "properties": {"name": ["Chen Quanguo", "%s"]}}}}""".formatted(name));
        List<AuditEntry> found = new ArrayList<>();
        AuditLog log = new AuditLog(db);
        log.forEach(1, e -> {
            if (e.detail().contains(name)) {
                found.add(e);
            }
        });
        assertThat(found).hasSize(1);
        AuditEntry e = found.get(0);
        assertThat(e.actor()).isEqualTo("key:tester");
        assertThat(e.action()).isEqualTo("screen");
        JsonNode detail = JSON.readTree(e.detail());
        assertThat(detail.path("results").path("who").get(0).path("id").asText()).isNotEmpty();
        assertThat(detail.path("list_versions").toString()).contains("us_ofac_sdn");
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void anAdminExportsTheAuditLogWithItsHashesAndOthersMayNot() throws Exception {
        String name = "Export audit " + System.nanoTime();
        post("/match/default", """
                {"queries": {"who": {"schema": "Person", "properties": {"name": ["%s"]}}}}""".formatted(name));
        HttpResponse<String> jsonl = HTTP.send(HttpRequest.newBuilder(uri("/audit/export?format=jsonl"))
                .header("Authorization", "ApiKey " + adminKey).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(jsonl.statusCode()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : jsonl.body().split("\n")) {
            lines.add(JSON.readTree(l));
        }
        List<AuditEntry> stored = new ArrayList<>();
        new AuditLog(db).forEach(1, stored::add);
        // entries appended after the export (this test's own requests are audited too) are not in it
        assertThat(lines).hasSizeLessThanOrEqualTo(stored.size()).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).path("hash").asText()).isEqualTo(stored.get(i).hash());
            if (i > 0) {
                assertThat(lines.get(i).path("prev_hash").asText()).as("the chain").isEqualTo(lines.get(i - 1).path("hash").asText());
            }
        }
        assertThat(jsonl.body()).contains(name);
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(uri("/audit/export?format=csv&from=2"))
                .header("Authorization", "ApiKey " + adminKey).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.body().lines().findFirst()).contains("seq,at,actor,action,subject,detail,prev_hash,hash");
        assertThat(csv.body().lines().skip(1).findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("2,"));
        assertError(send(HttpRequest.newBuilder(uri("/audit/export")).GET(), "ApiKey " + screenKey), 403, "admin");
        assertError(send(HttpRequest.newBuilder(uri("/audit/export?format=xml")).GET(), "ApiKey " + adminKey), 400,
                "csv or jsonl");
        assertError(send(HttpRequest.newBuilder(uri("/audit/export?from=zero")).GET(), "ApiKey " + adminKey), 400,
                "from: a sequence number");
    }

    private static void assertError(Reply r, int status, String mentions) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).contains("application/json");
        assertThat(r.body().path("detail").asText()).contains(mentions);
    }

    private static Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private static Reply post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static Reply send(HttpRequest.Builder b) throws Exception {
        return send(b, "ApiKey " + screenKey);
    }

    private static Reply send(HttpRequest.Builder b, String authorization) throws Exception {
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), JSON.readTree(r.body()), r.headers().firstValue("Content-Type").orElse(""));
    }
}
