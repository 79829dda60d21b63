package org.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.clearance.io.InputLimits;
import org.clearance.model.Entity;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.update.DownloadProgress;
import org.clearance.update.Downloader;
import org.clearance.update.FetchSettings;
import org.clearance.update.ListUpdater;
import org.clearance.update.UpdateSchedule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations side over HTTP, on the real server on a free port with one real list (the UFLPA
 * Entity List, small enough to load in moments): metrics, request ids.
 */
class OperationsTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The UFLPA CSV carries no date of its own: the import is given this one. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 1, 15);
    private static final String MATCH_BODY = """
            {"queries": {"c": {"schema": "Company", "properties": {"name": ["Changji Esquel Textile Co., Ltd."]}}}}""";
    @TempDir
    static Path home;
    static ApiServer server;
    static LoadedLists lists;

    /** The API key of each test server, by port: {@link #get} and {@link #post} send it. */
    private static final Map<Integer, String> KEYS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        server = start(home, db -> () -> lists = uflpa(db, home), new PrintWriter(new StringWriter()));
        awaitReady(server);
    }

    /** A server over a test home's own database, with a screening key that the requests here carry. */
    static ApiServer start(Path dir, Function<Database, LoadedLists.Loader> loader, PrintWriter log) {
        return start(dir, loader, log, ConnectionLimits.DEFAULT);
    }

    /** As {@link #start(Path, Function, PrintWriter)}, with these connection limits. */
    static ApiServer start(Path dir, Function<Database, LoadedLists.Loader> loader, PrintWriter log, ConnectionLimits limits) {
        Database db = TestLists.database(dir);
        String key = new ApiKeys(db).create("ops-test", Role.SCREEN, "cli:test").key();
        ApiServer s = ApiServer.start(0, db, loader.apply(db), log, ListReloader.CHECK_EVERY, java.util.List.of(), limits);
        KEYS.put(s.port(), key);
        return s;
    }

    static String authorization(ApiServer s) {
        return "ApiKey " + KEYS.get(s.port());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** A store with only the UFLPA Entity List from the shared data, and its index. */
    static LoadedLists uflpa(Database db, Path dir) throws Exception {
        Path csv = Path.of(System.getProperty("clearance.shared"), "data", "uflpa", "uflpa_entity_list.csv");
        ListStore store = ListStore.of(db);
        new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT).importFiles(List.of(csv), null, PUBLISHED);
        return TestLists.indexed(store, dir);
    }

    static void awaitReady(ApiServer s) throws Exception {
        for (int i = 0; i < 600 && send(get(s, "/readyz")).statusCode() != 200; i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void requestsAreCountedByRouteTemplateNeverByRawPath() throws Exception {
        assertThat(send(post(server, "/match/uflpa", MATCH_BODY)).statusCode()).isEqualTo(200);
        assertThat(send(post(server, "/match/no_such_list", MATCH_BODY)).statusCode()).isEqualTo(404);
        assertThat(send(get(server, "/entities/no-such-entity")).statusCode()).isEqualTo(404);
        assertThat(send(get(server, "/no/such/route")).statusCode()).isEqualTo(404);

        HttpResponse<String> r = send(get(server, "/metrics"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        List<Sample> samples = Sample.parse(r.body());
        assertThat(value(samples, "clearance_http_requests_total",
                Map.of("route", "/match/{dataset}", "method", "POST", "status", "200"))).isGreaterThanOrEqualTo(1);
        assertThat(value(samples, "clearance_http_requests_total",
                Map.of("route", "/match/{dataset}", "method", "POST", "status", "404"))).isGreaterThanOrEqualTo(1);
        assertThat(value(samples, "clearance_http_requests_total",
                Map.of("route", "/entities/{id}", "method", "GET", "status", "404"))).isGreaterThanOrEqualTo(1);
        assertThat(value(samples, "clearance_http_requests_total",
                Map.of("route", Metrics.UNMATCHED, "method", "GET", "status", "404"))).isGreaterThanOrEqualTo(1);
        // every route label is a registered template or the one catch-all
        List<String> templates = server.routeList().stream().map(Operations.Route::path).toList();
        samples.stream().filter(s -> s.labels().containsKey("route")).forEach(s ->
                assertThat(s.labels().get("route")).isIn(concat(templates, Metrics.UNMATCHED)));
        assertThat(r.body()).doesNotContain("no_such_list", "no-such-entity", "/no/such/route");
        // the latency histogram: cumulative buckets up to +Inf, which holds every request of the route
        double all = value(samples, "clearance_http_request_duration_seconds_bucket", Map.of("route", "/match/{dataset}", "le", "+Inf"));
        double within20ms = value(samples, "clearance_http_request_duration_seconds_bucket", Map.of("route", "/match/{dataset}", "le", "0.02"));
        assertThat(all).isGreaterThanOrEqualTo(2).isGreaterThanOrEqualTo(within20ms);
        assertThat(value(samples, "clearance_http_request_duration_seconds_count", Map.of("route", "/match/{dataset}"))).isEqualTo(all);
    }

    @Test
    void listAgeAndEntitiesLoadedDescribeTheLoadedLists() throws Exception {
        List<Sample> samples = Sample.parse(send(get(server, "/metrics")).body());
        long days = ChronoUnit.DAYS.between(PUBLISHED, LocalDate.now(ZoneOffset.UTC));
        assertThat(value(samples, "clearance_list_age_days", Map.of("dataset", "us_dhs_uflpa"))).isEqualTo(days);
        assertThat(samples.stream().filter(s -> s.name().equals("clearance_list_age_days"))).hasSize(1);
        assertThat(value(samples, "clearance_entities_loaded", Map.of())).isEqualTo(lists.index().size()).isPositive();
    }

    @Test
    void furtherGaugesAreReadAtEachScrape() throws Exception {
        double[] open = {7};
        server.metrics().gauge("clearance_test_alerts_open", "Alerts not yet decided (test)", () -> open[0]);
        assertThat(value(Sample.parse(send(get(server, "/metrics")).body()), "clearance_test_alerts_open", Map.of())).isEqualTo(7);
        open[0] = 3;
        assertThat(value(Sample.parse(send(get(server, "/metrics")).body()), "clearance_test_alerts_open", Map.of())).isEqualTo(3);
        assertThatThrownBy(() -> server.metrics().gauge("clearance_test_alerts_open", "again", () -> 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scheduledUpdatesShowInReadinessAndMetrics(@TempDir Path dir) throws Exception {
        // a publisher with the UN list, and one whose address has gone
        HttpServer publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] un = Files.readAllBytes(Path.of(System.getProperty("clearance.shared"), "data", "lists", "un", "consolidated.xml"));
        publisher.createContext("/resources/xml/en/consolidated.xml", ex -> {
            ex.sendResponseHeaders(200, un.length);
            try (var out = ex.getResponseBody()) {
                out.write(un);
            }
        });
        publisher.start();
        String base = "http://127.0.0.1:" + publisher.getAddress().getPort();
        Database[] opened = new Database[1];
        ApiServer s = start(dir, db -> {
            opened[0] = db;
            return () -> uflpa(db, dir);
        }, new PrintWriter(new StringWriter()));
        try (UpdateSchedule schedule = new UpdateSchedule(Duration.ofHours(6), Duration.ZERO, () -> {
            try (ListStore store = ListStore.of(opened[0])) {
                return new ListUpdater(opened[0], new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT),
                        new Downloader(InputLimits.DEFAULT.maxFileBytes(), FetchSettings.DEFAULT.withRetries(1, Duration.ofMillis(10))),
                        dir.resolve("downloads"), DownloadProgress.SILENT, ListUpdater.AfterImport.NOTHING, "service:schedule")
                        .updateAll(List.of(new ListUpdater.Target("un_sc_sanctions", URI.create(base + "/resources/xml/en/consolidated.xml")),
                                new ListUpdater.Target("ca_sema", URI.create(base + "/gone.xml"))));
            }
        }, line -> { })) {
            awaitReady(s);
            s.reportUpdates(schedule);
            for (int i = 0; i < 600 && schedule.last().isEmpty(); i++) {
                Thread.sleep(100);
            }
            JsonNode updates = new ObjectMapper().readTree(send(get(s, "/readyz")).body()).get("updates");
            assertThat(updates.get("every").asText()).isEqualTo("PT6H");
            JsonNode last = updates.get("last_run");
            assertThat(last.get("ok").asBoolean()).isFalse();
            assertThat(last.get("updated").asInt()).isEqualTo(1);
            assertThat(last.get("failed").asInt()).isEqualTo(1);
            assertThat(last.get("failures").get(0).get("dataset").asText()).isEqualTo("ca_sema");
            assertThat(last.get("failures").get(0).get("message").asText()).contains("HTTP 404");

            List<Sample> samples = Sample.parse(send(get(s, "/metrics")).body());
            assertThat(value(samples, "clearance_list_update_last_run_failed", Map.of())).isEqualTo(1);
            assertThat(value(samples, "clearance_list_update_last_run_timestamp_seconds", Map.of()))
                    .isEqualTo(schedule.last().orElseThrow().finished().toEpochMilli() / 1e3);
            assertThat(value(samples, "clearance_list_fetch_age_seconds", Map.of("dataset", "un_sc_sanctions"))).isBetween(0.0, 600.0);
            assertThat(samples).noneMatch(x -> x.name().equals("clearance_list_fetch_age_seconds")
                    && "ca_sema".equals(x.labels().get("dataset")));
        } finally {
            s.close();
            publisher.stop(0);
        }
    }

    @Test
    void everyAnswerCarriesARequestIdAndKeepsAPlausibleCallerId() throws Exception {
        String a = send(get(server, "/healthz")).headers().firstValue(Operations.REQUEST_ID).orElseThrow();
        String b = send(post(server, "/match/no_such_list", MATCH_BODY)).headers().firstValue(Operations.REQUEST_ID).orElseThrow();
        assertThat(a).isNotBlank().isNotEqualTo(b);
        String mine = "3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f";
        assertThat(send(get(server, "/healthz").header(Operations.REQUEST_ID, mine)).headers()
                .firstValue(Operations.REQUEST_ID)).contains(mine);
        String odd = "<script>" + "x".repeat(100);
        assertThat(send(get(server, "/healthz").header(Operations.REQUEST_ID, odd)).headers()
                .firstValue(Operations.REQUEST_ID).orElseThrow()).isNotEqualTo(odd).matches("[0-9a-f]{16}");
    }

    /** One line of the text exposition format: name, labels, value. */
    record Sample(String name, Map<String, String> labels, double value) {
        private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
        private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

        static List<Sample> parse(String text) {
            List<Sample> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = LINE.matcher(line);
                assertThat(m.matches()).as("exposition line: %s", line).isTrue();
                Map<String, String> labels = new HashMap<>();
                if (m.group(2) != null) {
                    Matcher l = LABEL.matcher(m.group(2));
                    while (l.find()) {
                        labels.put(l.group(1), l.group(2));
                    }
                }
                out.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
            }
            return out;
        }
    }

    private static double value(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + name + labels + " in the scrape"));
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }

    static HttpRequest.Builder get(ApiServer s, String path) {
        return HttpRequest.newBuilder(uri(s, path)).header("Authorization", authorization(s)).GET();
    }

    static HttpRequest.Builder post(ApiServer s, String path, String body) {
        return HttpRequest.newBuilder(uri(s, path)).header("Authorization", authorization(s))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static URI uri(ApiServer s, String path) {
        return URI.create("http://localhost:" + s.port() + path);
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
