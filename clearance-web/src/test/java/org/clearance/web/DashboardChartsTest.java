package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.cases.AlertFilter;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.CaseStore;
import org.clearance.cases.Decision;
import org.clearance.cases.Party;
import org.clearance.match.FeatureScore;
import org.clearance.match.MatchResult;
import org.clearance.model.Entity;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The dashboard's charts: drawn in the browser, from figures that agree with the store. */
class DashboardChartsTest extends BrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();


    @BeforeAll
    static void start() throws Exception {
        browser.signInAs("dash", Role.SCREEN);
        // two alerts on real UN entries, one decided as a false positive today
        CaseStore cases = new CaseStore(fixture.database());
        Entity cherizier;
        Entity yazd;
        try (ListStore store = ListStore.of(fixture.database())) {
            cherizier = store.entity("un_sc_sanctions-HTi.001").orElseThrow().entity();
            yazd = store.entity("un_sc_sanctions-IRe.078").orElseThrow().entity();
        }
        var props = JSON.createObjectNode();
        props.putArray("name").add("Jimmy Cherisier");
        var recorded = cases.record(Party.of("dash-1", "Person", props), List.of(hit(cherizier), hit(yazd)), "key:test");
        cases.decide(recorded.party().alerts().get(1).id(), 1, Decision.FALSE_POSITIVE, "an organisation, not a person",
                Caller.key("dana", Role.ANALYST));
    }

    private static MatchResult hit(Entity e) {
        return new MatchResult(e, 0.9, true, List.of(new FeatureScore("name_match", 0.9, "test: " + e.caption())));
    }

    @Test
    void theDashboardDrawsItsThreeChartsWithTextAlternatives() throws Exception {
        browser.open("/");
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("charts"), "data-drawn", "true"));
        for (String chart : List.of("chart-open", "chart-decisions", "chart-freshness")) {
            assertThat(browser.driver.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
            assertThat(browser.driver.findElement(By.id(chart)).getAttribute("aria-label")).as(chart).isNotBlank();
        }
        assertThat(browser.driver.findElement(By.id("chart-open")).getAttribute("aria-label"))
                .contains("UN Security Council Consolidated List");
        // the tables behind the charts hold the same figures
        assertThat(browser.driver.findElement(By.id("table-open")).getAttribute("textContent"))
                .contains("UN Security Council Consolidated List");
        assertThat(browser.driver.findElement(By.id("table-decisions")).getAttribute("textContent"))
                .contains(LocalDate.now(ZoneOffset.UTC).toString());
        // the supply-chain section answers 404 until that page exists: then nothing shows, not an error
        browser.wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.driver.findElement(By.id("exposure")), "data-status"));
        var exposure = browser.driver.findElement(By.id("exposure"));
        if (!"200".equals(exposure.getAttribute("data-status"))) {
            assertThat(exposure.getAttribute("innerHTML")).isBlank();
            assertThat(exposure.isDisplayed()).isFalse();
        }
        FullPage.screenshot(browser, "dashboard-charts");
    }

    @Test
    void theFiguresRouteAgreesWithTheStore() throws Exception {
        String cookie = browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fixture.url(DashboardPage.FIGURES))).header("Cookie", Guard.COOKIE + "=" + cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode f = JSON.readTree(r.body());

        // open alerts: the queue of each list, as the review page reads it
        CaseStore cases = new CaseStore(fixture.database());
        long total = 0;
        for (JsonNode x : f.get("open_by_list")) {
            long queued = cases.queue(new AlertFilter(AlertStatus.OPEN, x.get("dataset").asText(), 100_000)).size();
            assertThat(x.get("open").asLong()).as(x.get("dataset").asText()).isEqualTo(queued);
            total += queued;
        }
        assertThat(total).isEqualTo(cases.count(AlertStatus.OPEN)).isPositive();

        // decisions: 30 days ending today, the counts as SQL counts them
        JsonNode days = f.get("decisions").get("days");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(days).hasSize(DashboardFigures.DECISION_DAYS);
        assertThat(days.get(days.size() - 1).asText()).isEqualTo(today.toString());
        long charted = 0;
        Map<String, Long> todayByKind = new HashMap<>();
        for (JsonNode s : f.get("decisions").get("series")) {
            for (JsonNode c : s.get("counts")) {
                charted += c.asLong();
            }
            todayByKind.put(s.get("kind").asText(), s.get("counts").get(days.size() - 1).asLong());
        }
        assertThat(charted).isEqualTo(decisionsSince(today.minusDays(DashboardFigures.DECISION_DAYS - 1L)));
        assertThat(todayByKind.get("false_positive")).isPositive();

        // freshness: every current version, aged from its publication date
        List<VersionInfo> current;
        try (ListStore store = ListStore.of(fixture.database())) {
            current = store.currentVersions();
        }
        JsonNode lists = f.get("freshness").get("lists");
        assertThat(lists).hasSize(current.size());
        Map<String, JsonNode> byDataset = new HashMap<>();
        lists.forEach(x -> byDataset.put(x.get("dataset").asText(), x));
        for (VersionInfo v : current) {
            JsonNode x = byDataset.get(v.dataset());
            assertThat(x).as(v.dataset()).isNotNull();
            assertThat(x.get("published").asText()).isEqualTo(v.publicationDate().toString());
            assertThat(x.get("age_days").asLong()).isEqualTo(ChronoUnit.DAYS.between(v.publicationDate(), today));
            // the fixture's lists were imported, never fetched from a publisher
            assertThat(x.get("fetched_days").isNull()).as(v.dataset()).isTrue();
        }
        // the oldest list leads
        for (int i = 1; i < lists.size(); i++) {
            assertThat(lists.get(i).get("age_days").asLong()).isLessThanOrEqualTo(lists.get(i - 1).get("age_days").asLong());
        }
    }

    private static long decisionsSince(LocalDate day) throws Exception {
        try (Connection c = fixture.database().connection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM case_decision WHERE decided_at >= ?")) {
            ps.setObject(1, OffsetDateTime.of(day.atStartOfDay(), ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
