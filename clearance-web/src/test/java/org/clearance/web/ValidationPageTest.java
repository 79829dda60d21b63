package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.access.Role;
import org.clearance.audit.Actors;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Validation page over HTTP: who may use it, a run on a small sample to its stored report and audit entries,
 * and the refusals that start nothing (a bad file, an unknown list, a setting out of range, a second run).
 */
class ValidationPageTest {
    private static final Pattern REPORT_LINK = Pattern.compile("href=\"/validation/reports/(\\d+)/html\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.get();
    }

    @Test
    void onlyApproversAndAdministratorsMayValidate() throws Exception {
        for (Role role : List.of(Role.SCREEN, Role.ANALYST)) {
            WebSession s = WebSession.signIn(fixture, fixture.user("val-" + role.id(), role));
            assertThat(s.get("/validation").statusCode()).as(role.id()).isEqualTo(403);
            assertThat(text(s.get("/validation"))).contains("needs the role 'approver' or 'admin'");
            assertThat(s.get("/validation/status").statusCode()).isEqualTo(403);
            assertThat(s.get("/validation/reports/1/html").statusCode()).isEqualTo(403);
            assertThat(post(s, "sample=1&seed=1&threshold=0.7&generated=0").statusCode()).isEqualTo(403);
            assertThat(s.get("/").body()).doesNotContain("href=\"/validation\"");
        }
        for (Role role : List.of(Role.APPROVER, Role.ADMIN)) {
            WebSession s = WebSession.signIn(fixture, fixture.user("val-" + role.id(), role));
            HttpResponse<String> page = s.get("/validation");
            assertThat(page.statusCode()).as(role.id()).isEqualTo(200);
            assertThat(page.body()).contains("href=\"/validation\" aria-current=\"page\"").contains("value=\"us_dhs_uflpa\"");
        }
    }

    @Test
    void aRunOnASmallSampleIsStoredListedAndAuditedWithItsInputsHash() throws Exception {
        String name = fixture.user("val-run", Role.APPROVER);
        WebSession s = WebSession.signIn(fixture, name);
        waitForNoRun(s);
        HttpResponse<String> started = post(s, "datasets=us_dhs_uflpa&sample=20&seed=7&threshold=0.7&compare=threshold%3D0.8&generated=2");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        String status = waitForNoRun(s);
        assertThat(unescaped(status)).contains("The run started by " + name);
        Matcher link = REPORT_LINK.matcher(status);
        assertThat(link.find()).as(status).isTrue();
        long id = Long.parseLong(link.group(1));
        String page = text(s.get("/validation"));
        String row = page.substring(page.indexOf("<tr id=\"report-" + id + "\">"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(name)
                .contains("datasets us_dhs_uflpa, sample 20, seed 7, threshold 0.7, compare threshold=0.8");

        JsonNode report = JSON.readTree(s.getBytes("/validation/reports/" + id + "/json").body());
        String hash = report.get("run").get("inputsHash").asText();
        JsonNode f = report.get("figures");
        assertThat(report.get("run").get("seed").asLong()).isEqualTo(7);
        assertThat(f.get("negatives").get("cases").asInt()).isEqualTo(50); // 2 made-up people in each of 25 locales
        assertThat(f.get("comparison").get("change").asText()).isEqualTo("threshold=0.8");
        int exact = f.get("exact").get("cases").asInt();
        assertThat(exact).isPositive();
        assertThat(row).contains(String.format("(%,d of %,d)", f.get("exact").get("alerts").asInt(), exact)).contains(hash.substring(0, 12));
        HttpResponse<String> html = s.get("/validation/reports/" + id + "/html");
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.body()).contains(hash).contains("<svg");
        byte[] pdf = s.getBytes("/validation/reports/" + id + "/pdf").body();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(s.get("/validation/reports/" + (id + 1000) + "/pdf").statusCode()).isEqualTo(404);
        assertThat(s.get("/validation/reports/" + id + "/csv").statusCode()).isEqualTo(404);

        List<AuditEntry> mine = entries(name);
        assertThat(mine).extracting(AuditEntry::action).containsExactly("validation.start", "validation.finish");
        assertThat(mine).allSatisfy(e -> assertThat(JSON.readTree(e.detail()).get("inputs_sha256").asText()).isEqualTo(hash));
        assertThat(mine.get(1).subject()).isEqualTo("validation:" + id);
        assertThat(JSON.readTree(mine.get(1).detail()).get("exact_cases").asInt()).isEqualTo(exact);
        assertThat(new AuditLog(fixture.database()).verify().intact()).isTrue();
    }

    @Test
    void badInputIsShownOnThePageAndStartsNothing() throws Exception {
        String name = fixture.user("val-bad", Role.ADMIN);
        WebSession s = WebSession.signIn(fixture, name);
        waitForNoRun(s);
        HttpResponse<String> noName = s.upload("/validation", "negatives", "customers.csv", "id,full_name\n1,Anna Berg\n".getBytes(StandardCharsets.UTF_8),
                Map.of("datasets", "us_dhs_uflpa", "sample", "5", "seed", "1", "threshold", "0.7", "generated", "1"));
        assertThat(noName.statusCode()).isEqualTo(422);
        assertThat(text(noName)).contains("id=\"validation-error\"").contains("customers.csv").contains("no column 'name'");
        assertThat(noName.body()).contains("value=\"5\"");
        HttpResponse<String> latin1 = s.upload("/validation", "labelled", "pairs.csv",
                "name1,name2,is_match\nJos\u00e9,Jose,true\n".getBytes(StandardCharsets.ISO_8859_1),
                Map.of("sample", "5", "seed", "1", "threshold", "0.7", "generated", "1"));
        assertThat(latin1.statusCode()).isEqualTo(422);
        assertThat(text(latin1)).contains("pairs.csv:2");
        assertThat(text(post(s, "datasets=us_ofac_sdm&sample=5&seed=1&threshold=0.7&generated=1")))
                .contains("Lists: no list 'us_ofac_sdm' is loaded");
        assertThat(text(post(s, "sample=5001&seed=1&threshold=0.7&generated=1"))).contains("Entries sampled: 5,001 is out of range; enter 0 to 5,000");
        assertThat(text(post(s, "sample=5&seed=1&threshold=1.5&generated=1"))).contains("Threshold: setting 'threshold': 1.5 is out of range [0, 1]");
        assertThat(text(post(s, "sample=5&seed=x&threshold=0.7&generated=1"))).contains("Seed: 'x' is not a whole number");
        HttpResponse<String> compare = post(s, "sample=5&seed=1&threshold=0.7&compare=treshold%3D0.8&generated=1");
        assertThat(compare.statusCode()).isEqualTo(422);
        assertThat(text(compare)).contains("Compare with: unknown setting 'treshold'");
        assertThat(text(post(s, "sample=5&seed=1&threshold=0.7&compare=0.8&generated=1"))).contains("Compare with: '0.8' is not NAME=VALUE");
        assertThat(entries(name)).isEmpty();
    }

    @Test
    void anEmptyAndAnOversizedUploadAreRefusedInWordsAndStartNothing() throws Exception {
        String name = fixture.user("val-size", Role.APPROVER);
        WebSession s = WebSession.signIn(fixture, name);
        waitForNoRun(s);
        Map<String, String> form = Map.of("sample", "5", "seed", "1", "threshold", "0.7", "generated", "1");
        HttpResponse<String> empty = s.upload("/validation", "negatives", "customers.csv", new byte[0], form);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(text(empty)).contains("id=\"validation-error\"").contains("The file customers.csv is empty");
        // a real eval file repeated past the limit: refused by its length before it is read
        byte[] rows = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(System.getProperty("clearance.shared"), "eval",
                "screen-dev-negatives-world.csv"));
        java.io.ByteArrayOutputStream big = new java.io.ByteArrayOutputStream();
        while (big.size() <= ValidationPage.MAX_UPLOAD_BYTES + Uploads.FORM_OVERHEAD_BYTES) {
            big.write(rows);
        }
        HttpResponse<String> tooLarge = s.upload("/validation", "negatives", "customers.csv", big.toByteArray(), form);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(text(tooLarge)).contains("at most 8.0 MB together can be uploaded");
        assertThat(entries(name)).as("nothing started, nothing audited").isEmpty();
        assertThat(waitForNoRun(s)).doesNotContain("hx-trigger");
    }

    @Test
    void aSecondRunWhileOneGoesIsRefused() throws Exception {
        String first = fixture.user("val-first", Role.ADMIN);
        String second = fixture.user("val-second", Role.APPROVER);
        WebSession a = WebSession.signIn(fixture, first);
        WebSession b = WebSession.signIn(fixture, second);
        waitForNoRun(a);
        // the Denied Persons List's names and the report's PDF keep the first run going well past the second request
        assertThat(post(a, "datasets=us_bis_dpl&sample=0&seed=1&threshold=0.7&generated=0").statusCode()).isEqualTo(303);
        HttpResponse<String> refused = post(b, "datasets=us_dhs_uflpa&sample=0&seed=1&threshold=0.7&generated=0");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused)).contains("already under way (started by " + first);
        assertThat(a.get("/validation/status").body()).contains("hx-trigger=\"every 2s\"").contains("Stage ");
        waitForNoRun(a);
        assertThat(entries(first)).extracting(AuditEntry::action).containsExactly("validation.start", "validation.finish");
        assertThat(entries(second)).isEmpty();
    }

    /** A page's text as a person reads it: the template escapes quotes and equals signs. */
    static String text(HttpResponse<String> page) {
        return unescaped(page.body());
    }

    static String unescaped(String html) {
        return Parser.unescapeEntities(html, false);
    }

    static HttpResponse<String> post(WebSession s, String form) throws Exception {
        return s.http.send(s.request("/validation").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(s.csrf, StandardCharsets.UTF_8) + "&" + form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until no run is under way (another test's included) and returns the status part of the page. */
    static String waitForNoRun(WebSession s) throws Exception {
        for (int i = 0; i < 1200; i++) {
            String status = s.get("/validation/status").body();
            if (!status.contains("hx-trigger")) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("a validation run did not finish in 300 s");
    }

    private static List<AuditEntry> entries(String user) {
        List<AuditEntry> out = new ArrayList<>();
        new AuditLog(fixture.database()).forEach(0, e -> {
            if (e.actor().equals(Actors.user(user)) && e.action().startsWith("validation.")) {
                out.add(e);
            }
        });
        return out;
    }
}
