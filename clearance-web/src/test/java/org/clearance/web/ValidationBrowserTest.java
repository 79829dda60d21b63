package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.access.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Validation page and its report in Chromium: a run started from the form and followed to its report, the report
 * opened as a reader opens it, and the figures it shows (exact names, recall, false-alert rate) read off the page and
 * checked against the report's JSON. Screenshots: {@code validation-progress}, {@code validation-page}, {@code validation-report}.
 */
class ValidationBrowserTest extends BrowserTest {
    /** "99.5% (199 of 200 names found)": the percentage and the two counts a summary cell shows. */
    private static final Pattern FIGURE = Pattern.compile("^(\\d+\\.\\d)% \\(([\\d,]+) of ([\\d,]+) ");
    /** A run of the UFLPA list with a small sample, its PDF included, on a loaded 2-core machine. */
    private static final Duration RUN = Duration.ofSeconds(300);

    @Test
    void aRunFromTheFormGivesAReportWhoseFiguresAreThoseOfItsJson() throws Exception {
        browser.signInAs("vera", Role.APPROVER);
        WebSession http = new WebSession(fixture, browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue());
        ValidationPageTest.waitForNoRun(http);
        browser.open("/validation");
        browser.waitFor(By.id("ds-us_dhs_uflpa")).click();
        type("validation-sample", "20");
        type("validation-generated", "4");
        type("validation-compare", "threshold=0.8");
        browser.driver.findElement(By.id("validation-submit")).click();
        // the page after the start shows the run under way: its stage and a bar, polled until it ends
        assertThat(browser.waitFor(By.id("validation-bar")).isDisplayed()).isTrue();
        browser.screenshot("validation-progress");
        new WebDriverWait(browser.driver, RUN).until(ExpectedConditions.visibilityOfElementLocated(By.id("validation-finished")));
        browser.open("/validation");
        FullPage.screenshot(browser, "validation-page");
        assertThat(contrastFailures()).as("texts under WCAG AA contrast on /validation").isEmpty();
        WebElement row = browser.driver.findElement(By.cssSelector("table.validation-reports tbody tr"));
        assertThat(row.getText()).contains("datasets us_dhs_uflpa, sample 20").contains("compare threshold=0.8");
        String id = row.getAttribute("id").substring("report-".length());

        row.findElement(By.linkText("HTML")).click();
        browser.waitFor(By.id("summary"));
        FullPage.screenshot(browser, "validation-report");
        JsonNode f = new ObjectMapper().readTree(http.getBytes("/validation/reports/" + id + "/json").body()).get("figures");
        assertShows("recall-exact", f.get("exact"));
        assertShows("recall-treated", f.get("treated"));
        assertShows("false-alert-rate", f.get("negatives"));
        assertThat(f.get("negatives").get("cases").asInt()).isEqualTo(100);
        assertThat(browser.driver.findElement(By.id("flipped")).getText())
                .isEqualTo(String.format(Locale.ENGLISH, "%,d cases change outcome", f.get("comparison").get("flipped").asInt()));
        assertThat(browser.driver.findElements(By.cssSelector("svg polyline, svg path"))).isNotEmpty();
    }

    /** The texts under WCAG 2.1 AA contrast on the page shown, by the script {@link ContrastTest} runs on the other pages. */
    @SuppressWarnings("unchecked")
    private static List<String> contrastFailures() throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream("contrast.js")) {
            return (List<String>) browser.driver.executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void type(String id, String text) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** The summary cell shows the group's share and counts as the JSON has them. */
    private void assertShows(String cell, JsonNode group) {
        String shown = browser.driver.findElement(By.id(cell)).getText();
        Matcher m = FIGURE.matcher(shown);
        assertThat(m.find()).as(cell + ": " + shown).isTrue();
        assertThat(Integer.parseInt(m.group(2).replace(",", ""))).as(cell).isEqualTo(group.get("alerts").asInt());
        assertThat(Integer.parseInt(m.group(3).replace(",", ""))).as(cell).isEqualTo(group.get("cases").asInt());
        assertThat(Double.parseDouble(m.group(1))).as(cell).isCloseTo(group.get("rate").asDouble() * 100, org.assertj.core.data.Offset.offset(0.1));
    }
}
