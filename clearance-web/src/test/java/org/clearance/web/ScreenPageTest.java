package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.clearance.access.Role;
import org.clearance.audit.Actors;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The "Screen a party" page, driven as an analyst would, over the bundled lists. */
class ScreenPageTest extends BrowserTest {
    private static String user;

    @BeforeAll
    static void start() throws Exception {
        user = browser.signInAs("sam", Role.SCREEN);
    }

    /** Opens the page, types the name as a person would, and waits for the summary of that name's results. */
    private static WebElement screen(String name) {
        browser.open("/screen");
        browser.waitFor(By.id("screen-name")).sendKeys(name);
        return browser.wait.until(d -> {
            List<WebElement> s = d.findElements(By.id("screen-summary"));
            return !s.isEmpty() && s.get(0).getText().contains(name) ? s.get(0) : null;
        });
    }

    /** The hit of the party one of whose listings is this list entry. */
    private static WebElement hit(String entryId) {
        return browser.driver.findElement(By.xpath("//li[contains(@class,'hit')][.//a[@class='listing-link' and text()='" + entryId + "']]"));
    }

    private static List<String> marked(WebElement hit, String nameClass) {
        return hit.findElements(By.cssSelector("dd." + nameClass + " mark")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aListedXinjiangOfficialIsFoundWithTheNamePartsThatMetMarked() throws Exception {
        // OFAC's SDN list (bundled sdn.csv, uid 29220) lists "CHEN, Quanguo", DOB 1955, the former Xinjiang
        // party secretary sanctioned under the Global Magnitsky programme: his name and birth year must hit
        browser.open("/screen");
        new Select(browser.waitFor(By.id("screen-type"))).selectByValue("person");
        // OFAC's list alone, so that its entry is the one explained: Canada lists him too, linked as one party
        new Select(browser.driver.findElement(By.id("screen-scope"))).selectByValue("us_ofac_sdn");
        browser.driver.findElement(By.id("screen-name")).sendKeys("Chen Quanguo");
        browser.driver.findElement(By.id("screen-birth-date")).sendKeys("1955");
        // the last field typed: the results waited for below are those of the whole form
        browser.driver.findElement(By.id("screen-country")).sendKeys("China");
        String dobRow = "//li[.//a[@class='entry-link' and text()='us_ofac_sdn-29220']]//tr[th='Birth date']";
        browser.wait.until(d -> d.findElements(By.xpath(dobRow)).stream().anyMatch(r -> r.getText().contains("1955"))
                && d.findElements(By.xpath("//li[.//a[text()='us_ofac_sdn-29220']]//tr[th='Country']")).stream()
                        .anyMatch(r -> r.getText().contains("China")));
        WebElement hit = hit("us_ofac_sdn-29220");
        assertThat(hit.getAttribute("class")).contains("is-match");
        assertThat(hit.findElement(By.cssSelector(".hit-caption")).getText()).containsIgnoringCase("Quanguo");
        assertThat(hit.findElement(By.cssSelector(".verdict")).getText()).contains("match");
        assertThat(hit.findElement(By.cssSelector(".hit-lists")).getText()).contains("OFAC").containsPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(hit.findElement(By.cssSelector("a.entry-link")).getAttribute("href")).endsWith("/lists/entities/us_ofac_sdn-29220");
        assertThat(marked(hit, "query-name")).containsExactly("Chen", "Quanguo");
        assertThat(marked(hit, "list-name")).extracting(String::toLowerCase).containsExactlyInAnyOrder("chen", "quanguo");
        // sdn.csv gives his DOB 1955 (agrees) and a place of birth but no nationality: the country is not compared
        assertThat(hit.findElement(By.xpath(".//tr[th='Birth date']")).getAttribute("class")).isEqualTo("agree");
        WebElement country = hit.findElement(By.xpath(".//tr[th='Country']"));
        assertThat(country.getAttribute("class")).isEqualTo("unknown");
        assertThat(country.getText()).containsIgnoringCase("the entry gives no country");
        assertThat(hit.findElement(By.xpath(".//tr[th='Identifier']")).getText()).contains("You gave none");
        browser.screenshot("screen-hit");
    }

    @Test
    void aPartyOnSeveralListsIsOneHitWithEveryListing() throws Exception {
        // Erkin Tuniyaz: "TUNIYAZ, Erken" on OFAC's SDN list (GLOMAG), "Erkin Tuniyaz" on Canada's list
        WebElement summary = screen("Erkin Tuniyaz");
        assertThat(summary.getText()).contains("list entries");
        List<WebElement> hits = browser.driver.findElements(By.xpath("//li[contains(@class,'hit')][.//a[@class='listing-link' "
                + "and text()='us_ofac_sdn-34119']]"));
        assertThat(hits).hasSize(1);
        WebElement hit = hits.get(0);
        assertThat(hit.findElement(By.cssSelector(".hit-lists")).getText()).contains("OFAC").contains("Canadian");
        List<WebElement> rows = hit.findElements(By.cssSelector("table.listings tbody tr"));
        assertThat(rows).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("us_ofac_sdn-34119")
                .containsIgnoringCase("Tuniyaz").contains("GLOMAG"));
        assertThat(rows).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("ca_sema-china_part-1_6"));
        assertThat(browser.driver.findElements(By.xpath("//a[@class='listing-link' and text()='ca_sema-china_part-1_6']"))).hasSize(1);
        browser.screenshot("screen-party");
    }

    @Test
    void theNameInChineseCharactersAndInOtherWordOrderHitsTheSameEntry() throws Exception {
        // 陈全国 is how Chen Quanguo is written in Chinese; surname-last order is how Western forms write it
        for (String variant : List.of("陈全国", "QUANGUO Chen")) {
            screen(variant);
            WebElement hit = hit("us_ofac_sdn-29220");
            assertThat(hit.getAttribute("class")).as(variant).contains("is-match");
            assertThat(marked(hit, "query-name")).as(variant).isNotEmpty();
        }
        screen("陈全国");
        browser.screenshot("screen-han");
    }

    @Test
    void aNameOnNoListSaysNoHitAndNamesTheListVersionsScreened() throws Exception {
        // an invented name of rare words: nothing on any list shares a part with it
        WebElement summary = screen("Zebulon Quillfeather-Okonkwo");
        assertThat(summary.getText()).startsWith("No hit");
        assertThat(browser.driver.findElements(By.cssSelector("li.hit"))).isEmpty();
        String versions = browser.driver.findElement(By.id("screen-versions")).getText();
        assertThat(versions).contains("us_ofac_sdn").contains("us_dhs_uflpa").contains("version").contains("published");
        browser.screenshot("screen-no-hit");
    }

    @Test
    void aScriptTypedAsANameShowsAsTextAndNeverRuns() {
        String name = "<script>alert(1)</script>";
        WebElement summary = screen(name);
        assertThat(summary.getText()).contains(name);
        assertThat(browser.driver.findElement(By.id("screen-name")).getAttribute("value")).isEqualTo(name);
        for (WebElement q : browser.driver.findElements(By.cssSelector("dd.query-name"))) {
            assertThat(q.getText()).isEqualTo(name);
        }
        assertThat(browser.driver.findElements(By.cssSelector("#results script"))).isEmpty();
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aNameTooShortToScreenGetsAHintInstead() {
        browser.open("/screen");
        browser.waitFor(By.id("screen-name")).sendKeys("X");
        assertThat(browser.waitFor(By.id("screen-hint")).getText()).contains("at least 2 characters");
        assertThat(browser.driver.findElements(By.id("screen-summary"))).isEmpty();
    }

    @Test
    void theKeyboardAloneScreensAndErrorsShowInTheResults() {
        browser.open("/screen");
        WebElement name = browser.waitFor(By.id("screen-name"));
        assertThat(browser.driver.switchTo().activeElement()).as("the name field has the focus").isEqualTo(name);
        assertThat(browser.driver.findElement(By.id("results")).getAttribute("aria-live")).isEqualTo("polite");
        // Tab runs through the form in reading order: type, lists, birth date
        name.sendKeys("Zhu Hailun", Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("screen-type");
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("screen-scope");
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB, "the fifth of May", Keys.ENTER);
        // the API refuses a date it cannot read; the page shows its message where results go
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .error")));
        assertThat(error.getText()).contains("400").contains("not a date");
    }

    @Test
    void theResultsRouteRefusesAPostWithoutTheTokenAndStrangers() throws Exception {
        String cookie = browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(fixture.url("/screen/results")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Chen+Quanguo"));
        HttpResponse<String> forged = http.send(post.copy().header("Cookie", Guard.COOKIE + "=" + cookie)
                .header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("out of date").doesNotContain("Quanguo");

        HttpResponse<String> stranger = http.send(post.copy().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).isEqualTo(303);
        assertThat(stranger.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login"));
        HttpResponse<String> htmxStranger = http.send(post.copy().header("HX-Request", "true").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(htmxStranger.statusCode()).isEqualTo(401);
        assertThat(htmxStranger.headers().firstValue("HX-Redirect")).isPresent();
    }

    @Test
    void aScreeningIsTheApisAndIsAuditedOnceUnderTheSignedInPerson() throws Exception {
        browser.open("/screen");
        browser.waitFor(By.id("screen-name"));
        String cookie = browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue();
        String csrf = (String) browser.driver.executeScript("return document.body.dataset.csrf");
        // ZHU, Hailun is on OFAC's SDN list (bundled sdn.csv, uid 29219); this word order is used by no other test
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.url("/screen/results")))
                .header("Cookie", Guard.COOKIE + "=" + cookie).header(Guard.CSRF_HEADER, csrf).header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Hailun+ZHU&type=person&scope=us_ofac_sdn")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("us_ofac_sdn-29219").doesNotContain("ca_sema");
        List<AuditEntry> mine = new ArrayList<>();
        new AuditLog(fixture.database()).forEach(0, e -> {
            if (e.actor().equals(Actors.user(user)) && e.detail().contains("Hailun ZHU")) {
                mine.add(e);
            }
        });
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).action()).isEqualTo("screen");
        assertThat(mine.get(0).subject()).isEqualTo("match/us_ofac_sdn");
        assertThat(mine.get(0).detail()).contains("us_ofac_sdn-29219").contains("list_versions");
    }
}
