package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.access.Role;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The lists pages over the bundled snapshot, whose UN list holds two real versions (2025-04-19 and
 * 2026-02-27): what the pages show is checked against the store and against the two UN files as read here.
 */
class ListsPagesTest extends BrowserTest {
    private static final String UN = "un_sc_sanctions";
    /** Delisted by the Security Council between the two files: in the 2025 file, not in the 2026 one. */
    private static final String JAWLANI = "un_sc_sanctions-QDi.317";
    /** An Iranian entity listed again between the two files: in the 2026 file, not in the 2025 one. */
    private static final String YAZD = "un_sc_sanctions-IRe.078";
    /** Listed in both files, with an alias, a birth date and an identity number. */
    private static final String CHERIZIER = "un_sc_sanctions-HTi.001";

    private static String cookie;

    @BeforeAll
    static void start() throws Exception {
        browser.signInAs("lia", Role.SCREEN);
        cookie = browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue();
    }

    @Test
    void theListsPageShowsEveryDatasetWithTheStoresCurrentVersion() throws Exception {
        browser.open("/lists");
        browser.waitFor(By.id("datasets"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<VersionInfo> current;
        try (ListStore store = ListStore.of(fixture.database())) {
            current = store.currentVersions();
            assertThat(current).extracting(VersionInfo::dataset).contains(UN, "us_ofac_sdn", "us_dhs_uflpa");
            for (VersionInfo v : current) {
                WebElement row = browser.driver.findElement(By.cssSelector("tr[data-dataset='" + v.dataset() + "']"));
                long age = ChronoUnit.DAYS.between(v.publicationDate(), today);
                assertThat(row.findElement(By.cssSelector(".version-id")).getText()).isEqualTo("version " + v.id());
                assertThat(row.getText()).contains(v.publicationDate().toString());
                assertThat(row.findElement(By.cssSelector(".entities")).getText())
                        .isEqualTo(String.format(Locale.ENGLISH, "%,d", v.entityCount()));
                assertThat(row.findElement(By.cssSelector(".versions")).getText())
                        .isEqualTo(String.valueOf(store.versions(v.dataset()).size()));
                assertThat(row.findElement(By.cssSelector(".age")).getText()).startsWith(age + " ")
                        .contains(age > ListFreshness.STALE_AFTER_DAYS ? "stale" : "current");
            }
        }
        // the manifest bundles two UN files, the older one for exactly this history
        assertThat(browser.driver.findElement(By.cssSelector("tr[data-dataset='un_sc_sanctions'] .versions")).getText())
                .isEqualTo("2");
        // a catalogued dataset that was never imported is still listed, saying so
        assertThat(browser.driver.findElement(By.cssSelector("tr[data-dataset='eu_fsf']")).getText())
                .contains("No version imported yet");
        FullPage.screenshot(browser, "lists");
    }

    @Test
    void theUnDiffShowsTheEntriesAddedAndRemovedBetweenTheTwoFiles() throws Exception {
        Set<String> older = references(shared("lists/un/history/consolidated-2025-04-19.xml"));
        Set<String> newer = references(shared("lists/un/consolidated.xml"));
        Set<String> added = new TreeSet<>(newer);
        added.removeAll(older);
        Set<String> removed = new TreeSet<>(older);
        removed.removeAll(newer);
        assertThat(removed).contains("QDi.317");
        assertThat(added).contains("IRe.078");

        browser.open("/lists/" + UN);
        browser.waitFor(By.id("versions"));
        assertThat(browser.driver.findElements(By.cssSelector("#versions tbody tr"))).hasSize(2);
        FullPage.screenshot(browser, "list-versions");
        // the form proposes the older version as "from" and the newer as "to": submit it as it is
        browser.driver.findElement(By.cssSelector("form.diff-form button[type=submit]")).click();
        browser.waitFor(By.id("added-count"));
        assertThat(browser.driver.getCurrentUrl()).contains("/lists/un_sc_sanctions/diff?from=");
        assertThat(browser.driver.findElement(By.id("added-count")).getText()).isEqualTo(String.format(Locale.ENGLISH, "%,d", added.size()));
        assertThat(browser.driver.findElement(By.id("removed-count")).getText()).isEqualTo(String.format(Locale.ENGLISH, "%,d", removed.size()));
        WebElement gone = browser.driver.findElement(By.cssSelector("#removed-list a[href='/lists/entities/" + JAWLANI + "']"));
        assertThat(gone.getText()).isEqualTo("ABU MOHAMMED AL-JAWLANI");
        assertThat(browser.driver.findElement(By.cssSelector("#added-list a[href='/lists/entities/" + YAZD + "']")).getText())
                .contains("YAZD METALLURGY INDUSTRIES");
        assertThat(browser.driver.findElements(By.cssSelector("#added-list li"))).hasSize(Math.min(added.size(), DiffModel.PAGE_SIZE));
        // changed entries say which fields changed
        assertThat(browser.driver.findElements(By.cssSelector("#changed-list tbody tr .field-tag"))).isNotEmpty();
        FullPage.screenshot(browser, "list-diff");

        gone.click();
        assertThat(browser.waitFor(By.id("caption")).getText()).isEqualTo("ABU MOHAMMED AL-JAWLANI");
        assertThat(browser.driver.findElement(By.id("names")).getText()).contains("أبو محمد الجولاني");
        assertThat(browser.driver.findElement(By.id("status")).getText()).contains("delisted").contains("2025-04-19");
        List<WebElement> periods = browser.driver.findElements(By.cssSelector("#history tbody tr"));
        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).getText()).contains("2025-04-19").contains("absent from the version published 2026-02-27");
        FullPage.screenshot(browser, "entity-delisted");
    }

    @Test
    void anEntryListedInBothVersionsShowsItsAliasBirthDateIdentifierAndOpenListing() throws Exception {
        browser.open("/lists/entities/" + CHERIZIER);
        assertThat(browser.waitFor(By.id("caption")).getText()).isEqualTo("JIMMY CHERIZIER");
        assertThat(browser.driver.findElement(By.id("schema")).getText()).isEqualTo("Person");
        assertThat(browser.driver.findElement(By.id("names")).getText()).contains("BARBEQUE");
        assertThat(browser.driver.findElement(By.id("details")).getText()).contains("1977-03-30");
        assertThat(browser.driver.findElement(By.id("identifiers")).getText()).contains("001-843-989-7");
        List<WebElement> periods = browser.driver.findElements(By.cssSelector("#history tbody tr"));
        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).getText()).contains("2025-04-19").contains("still listed");
        FullPage.screenshot(browser, "entity");
    }

    @Test
    void unknownListsVersionsAndEntriesAreClearErrorPages() throws Exception {
        long unNewest;
        long sdnVersion;
        try (ListStore store = ListStore.of(fixture.database())) {
            unNewest = store.versions(UN).get(0).id();
            sdnVersion = store.versions("us_ofac_sdn").get(0).id();
        }
        assertPage(get("/lists/no_such_list"), 404, "no list");
        String diff = "/lists/" + UN + "/diff";
        assertPage(get(diff + "?to=" + unNewest), 400, "version is missing");
        assertPage(get(diff + "?from=abc&to=" + unNewest), 400, "not a version number");
        assertPage(get(diff + "?from=" + unNewest + "&to=" + unNewest), 400, "two different versions");
        assertPage(get(diff + "?from=987654321&to=" + unNewest), 404, "no version 987654321 of");
        // a real version, of another list
        assertPage(get(diff + "?from=" + sdnVersion + "&to=" + unNewest), 404, "no version " + sdnVersion + " of");
        assertPage(get(diff + "?from=" + sdnVersion + "&to=" + unNewest + "&page=0"), 400, "not a page number");
        assertPage(get("/lists/entities/un_sc_sanctions-QDi.999999"), 404, "no entry");
        // an id shown back is text, never markup
        HttpResponse<String> script = get("/lists/entities/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertPage(script, 404, "&lt;script&gt;alert(1)");
        assertThat(script.body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void strangersAreSentToSignIn() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.url("/lists")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login?next="));
    }

    /** A file under ../shared/data (Surefire sets clearance.shared; core's SharedData is not on this module's path). */
    private static Path shared(String relative) {
        return Path.of(System.getProperty("clearance.shared"), "data").resolve(relative);
    }

    /** The reference numbers of a UN consolidated file, read with a pattern rather than the parser under test. */
    private static Set<String> references(Path file) throws Exception {
        Matcher m = Pattern.compile("<REFERENCE_NUMBER>([^<]+)</REFERENCE_NUMBER>").matcher(Files.readString(file));
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.url(path)))
                .header("Cookie", Guard.COOKIE + "=" + cookie).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertPage(HttpResponse<String> r, int status, String text) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(status);
        assertThat(r.body()).startsWith("<!doctype html>").contains(text);
    }
}
