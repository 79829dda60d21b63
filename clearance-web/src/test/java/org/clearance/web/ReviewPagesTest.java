package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clearance.access.ApiKeys;
import org.clearance.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The review pages in a browser, on alerts raised the way the service raises them: parties sent to
 * {@code POST /parties} with an API key, screened against the bundled lists. Each test makes its
 * own parties and people, so other tests' alerts in the shared store do not matter.
 */
class ReviewPagesTest extends BrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The former Xinjiang party secretary, on the SDN list since 2020: a certain hit. */
    private static final String SDN_NAME = "Chen Quanguo";
    private static final String SCRIPT = "<script>alert(1)</script>";

    private static String intakeKey;

    @BeforeAll
    static void start() throws Exception {
        intakeKey = new ApiKeys(fixture.database()).create("review-intake", Role.SCREEN, "cli:test").key();
    }

    @BeforeEach
    void signOut() {
        browser.driver.manage().deleteAllCookies();
    }

    /** Records a party with these names as {@code POST /parties} does; returns its SDN alert's id. */
    private static long sdnAlert(String partyId, String... names) throws Exception {
        return sdnAlertAt(partyId, null, names);
    }

    /** As {@link #sdnAlert}, the party with an address (null: none). */
    private static long sdnAlertAt(String partyId, String address, String... names) throws Exception {
        var body = JSON.createObjectNode().put("id", partyId).put("schema", "Person");
        var props = body.putObject("properties");
        for (String n : names) {
            props.withArray("name").add(n);
        }
        props.putArray("birthDate").add("1955");
        props.putArray("nationality").add("cn");
        if (address != null) {
            props.putArray("address").add(address);
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/parties")))
                .header("Authorization", "ApiKey " + intakeKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        for (JsonNode a : JSON.readTree(r.body()).path("alerts")) {
            if (a.path("dataset").asText().equals("us_ofac_sdn")) {
                return a.path("id").asLong();
            }
        }
        throw new AssertionError("no SDN alert for " + partyId + ": " + r.body());
    }

    private static String partyId(String what) {
        return "web-review-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The queue's row holding an alert: the row of its party and listed party, opened at its best alert. */
    private static WebElement row(long alertId) {
        return browser.driver.findElement(By.cssSelector("tr[data-alerts~='" + alertId + "']"));
    }

    /** The alerts of the queue's rows, row by row. */
    private static List<String> rowIds() {
        return browser.driver.findElements(By.cssSelector("#queue tbody tr")).stream()
                .flatMap(r -> List.of(r.getAttribute("data-alerts").split(" ")).stream()).toList();
    }

    private static void decide(String decisionId, String reason) {
        browser.driver.findElement(By.id(decisionId)).click();
        browser.driver.findElement(By.cssSelector("form textarea[name=reason]")).sendKeys(reason);
        browser.driver.findElement(By.cssSelector("form[hx-post] button[type=submit]")).click();
    }

    private static String status() {
        return browser.waitFor(By.id("alert-status")).getText();
    }

    private static void waitForStatus(String text) {
        browser.wait.until(ExpectedConditions.textToBe(By.id("alert-status"), text));
    }

    @Test
    void aFalsePositiveLeavesTheOpenQueueWithItsReasonInTheHistory() throws Exception {
        String party = partyId("fp");
        long alert = sdnAlert(party, SDN_NAME);
        String ana = browser.signInAs("ana", Role.ANALYST);
        browser.open("/review?status=open&dataset=us_ofac_sdn");
        WebElement link = row(alert).findElement(By.cssSelector("td.party a"));
        assertThat(row(alert).getText()).contains(SDN_NAME).contains(party).containsIgnoringCase("Quanguo")
                .contains("us_ofac_sdn").contains("Open");
        browser.screenshot("review-queue");
        link.click();
        assertThat(browser.waitFor(By.id("party-heading")).getText()).isEqualTo(SDN_NAME);
        assertThat(browser.driver.findElement(By.id("party-fields")).getText()).contains(party).contains("1955");
        assertThat(browser.driver.findElement(By.id("entry-link")).getAttribute("href")).contains("/lists/entities/");
        assertThat(browser.driver.findElement(By.cssSelector("table.explanation")).getText()).contains("Name");
        assertThat(browser.driver.findElement(By.id("history")).getText()).contains("No decision yet");
        browser.screenshot("review-alert-analyst");

        decide("decision-false_positive", "Different person: born 1961 per passport copy");
        waitForStatus("Closed: False positive");
        assertThat(browser.driver.findElement(By.id("history")).getText()).contains(ana).contains("analyst")
                .contains("False positive").contains("born 1961 per passport copy");
        assertThat(browser.driver.findElements(By.id("decide"))).as("no decision form on a closed alert").isEmpty();

        browser.driver.findElement(By.id("back-to-queue")).click();
        browser.wait.until(ExpectedConditions.urlContains("status=open"));
        assertThat(rowIds()).doesNotContain(String.valueOf(alert));
        browser.open("/review?status=closed&dataset=us_ofac_sdn");
        assertThat(row(alert).getText()).contains("Closed: False positive");

        // the party's facts change: the false positive no longer holds, and the page says what changed
        assertThat(sdnAlertAt(party, "Urumqi, Xinjiang", SDN_NAME)).isEqualTo(alert);
        browser.open("/review/" + alert);
        assertThat(status()).isEqualTo("Open");
        assertThat(browser.driver.findElement(By.id("changes")).getText()).contains("Party: Address");
        assertThat(browser.driver.findElement(By.id("history")).getText()).contains("born 1961 per passport copy");
        assertThat(browser.driver.findElements(By.id("decide"))).isNotEmpty();
    }

    @Test
    void aDecisionWithoutAChoiceOrAReasonIsRefusedInWords() throws Exception {
        long alert = sdnAlert(partyId("bad"), SDN_NAME);
        browser.signInAs("val", Role.ANALYST);
        browser.open("/review/" + alert);
        String cookie = browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue();
        String csrf = browser.driver.findElement(By.tagName("body")).getAttribute("data-csrf");
        HttpResponse<String> noChoice = post(alert, cookie, "_csrf=" + csrf + "&reason=why&version=1");
        assertThat(noChoice.statusCode()).isEqualTo(400);
        assertThat(noChoice.body()).contains("Choose a decision").doesNotContain("<html");
        HttpResponse<String> noReason = post(alert, cookie, "_csrf=" + csrf + "&decision=false_positive&reason=%20&version=1");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("A reason is required");
        HttpResponse<String> noToken = post(alert, cookie, "decision=false_positive&reason=why&version=1");
        assertThat(noToken.statusCode()).isEqualTo(403);
        browser.driver.navigate().refresh();
        assertThat(status()).as("nothing was decided").isEqualTo("Open");
    }

    /** A decision posted as htmx posts it, with the session's cookie. */
    private static HttpResponse<String> post(long alert, String cookie, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/review/" + alert + "/decision")))
                .header("Cookie", Guard.COOKIE + "=" + cookie).header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTrueMatchNeedsASecondPersonToApproveIt() throws Exception {
        String party = partyId("tm");
        long alert = sdnAlert(party, SDN_NAME);
        // the proposer is an approver too: four eyes still keeps them from approving their own proposal
        String amy = browser.signInAs("amy", Role.APPROVER);
        browser.open("/review/" + alert);
        decide("decision-true_match", "Same name, birth year and nationality as SDN entry");
        waitForStatus("Waiting for approval");
        assertThat(browser.waitFor(By.id("waiting")).getText()).contains("someone else must approve").contains("four eyes");
        assertThat(browser.driver.findElements(By.id("approve"))).as("no approval form for the proposer").isEmpty();
        browser.screenshot("review-alert-proposer");
        // posting the approval anyway (a crafted request) is refused by the store's four-eyes rule
        String cookie = browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue();
        String csrf = browser.driver.findElement(By.tagName("body")).getAttribute("data-csrf");
        HttpResponse<String> own = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/review/" + alert + "/approval")))
                .header("Cookie", Guard.COOKIE + "=" + cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&approval=approve&reason=mine&version=2&seen=1"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("four eyes");

        browser.signOut();
        String bob = browser.signInAs("bob", Role.APPROVER);
        browser.open("/review?status=pending_approval");
        row(alert).findElement(By.cssSelector("td.party a")).click();
        assertThat(browser.waitFor(By.id("waiting")).getText()).contains(amy);
        browser.screenshot("review-alert-approver");
        decide("approval-approve", "Confirmed against the SDN entry's birth date");
        waitForStatus("Closed: True match");
        String history = browser.driver.findElement(By.id("history")).getText();
        assertThat(history).contains(amy).contains("True match").contains("Same name, birth year")
                .contains(bob).contains("Approved").contains("Confirmed against");
        assertThat(history.indexOf(amy)).as("oldest first").isLessThan(history.indexOf(bob));
    }

    @Test
    void aDecisionTakenMeanwhileInAnotherTabIsRefusedAndTheReasonTypedIsKept() throws Exception {
        long alert = sdnAlert(partyId("race"), SDN_NAME);
        String ana = browser.signInAs("ana", Role.ANALYST);
        browser.open("/review/" + alert);
        String first = browser.driver.getWindowHandle();
        browser.waitFor(By.id("decide"));
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open("/review/" + alert);
        decide("decision-escalate", "Needs the sanctions officer's view");
        waitForStatus("Open (escalated)");
        browser.driver.close();
        browser.driver.switchTo().window(first);

        String typed = "Not the listed person: different middle name\nchecked the register";
        decide("decision-false_positive", typed);
        WebElement message = browser.waitFor(By.cssSelector("#decide-outcome .error"));
        assertThat(message.getText()).contains("Decided meanwhile by " + ana).contains("Escalate")
                .contains("reload to see the current state");
        assertThat(browser.driver.findElement(By.id("decide-reason")).getAttribute("value")).isEqualTo(typed);
        assertThat(browser.driver.findElement(By.id("decision-false_positive")).isSelected()).isTrue();
        browser.screenshot("review-alert-conflict");
        browser.driver.navigate().refresh();
        assertThat(status()).isEqualTo("Open (escalated)");
    }

    @Test
    void keyboardShortcutsMoveThroughTheQueueAndDecide() throws Exception {
        String party = partyId("keys");
        long alert = sdnAlert(party, SDN_NAME);
        browser.signInAs("kim", Role.ANALYST);
        browser.open("/review?status=open&dataset=us_ofac_sdn");
        // a click on the page gives it the keyboard, as a person's would (a test before may have left another tab focused)
        browser.driver.findElement(By.tagName("h1")).click();
        Actions keys = new Actions(browser.driver);
        keys.sendKeys("?").perform();
        assertThat(browser.waitFor(By.id("shortcuts")).getText()).contains("Next alert in the list");
        browser.screenshot("review-queue-shortcuts");
        keys.sendKeys(Keys.ESCAPE).perform();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("shortcuts")));

        int rows = rowIds().size();
        // the row of the party's SDN alert opens at the row's best alert
        String opens = URI.create(row(alert).findElement(By.cssSelector("td.party a")).getAttribute("href")).getPath();
        long best = Long.parseLong(opens.substring(opens.lastIndexOf('/') + 1));
        String target = "/review/" + best + "?";
        for (int i = 0; i < rows && !String.valueOf(browser.driver.switchTo().activeElement().getAttribute("href")).contains(target); i++) {
            keys.sendKeys("j").perform();
        }
        assertThat(browser.driver.switchTo().activeElement().getAttribute("href")).contains(target);
        keys.sendKeys(Keys.ENTER).perform();
        browser.wait.until(ExpectedConditions.urlContains("/review/" + best));
        browser.waitFor(By.id("decide"));

        keys.sendKeys("t").perform();
        assertThat(browser.driver.findElement(By.id("decision-true_match")).isSelected()).isTrue();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("decide-reason");
        // letters typed in the reason are text, not shortcuts
        String reason = "fine: exact name, year and nationality";
        keys.sendKeys(reason).perform();
        assertThat(browser.driver.findElement(By.id("decision-true_match")).isSelected()).isTrue();
        assertThat(browser.driver.findElement(By.id("decide-reason")).getAttribute("value")).isEqualTo(reason);
        keys.keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        waitForStatus("Waiting for approval");

        keys.sendKeys("n").perform();
        browser.wait.until(d -> !d.getCurrentUrl().contains("/review/" + best + "?") || d.getCurrentUrl().contains("done"));
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("/review/" + best + "?").doesNotContain("/review/" + alert + "?")
                .contains("dataset=us_ofac_sdn");
    }

    @Test
    void theQueueIsSortedByScoreThenAgeAndFilteredByBookmarkableParameters() throws Exception {
        // the same facts twice: equal scores, so the older alert must come first
        long older = sdnAlert(partyId("sort-a"), SDN_NAME);
        long newer = sdnAlert(partyId("sort-b"), SDN_NAME);
        long weaker = sdnAlert(partyId("sort-c"), "Quanguo Chen Xinjiang");
        browser.signInAs("sam", Role.ANALYST);
        browser.open("/review?status=open&dataset=us_ofac_sdn");
        List<String> ids = rowIds();
        assertThat(ids).contains(String.valueOf(older), String.valueOf(newer), String.valueOf(weaker));
        assertThat(ids.indexOf(String.valueOf(older))).isLessThan(ids.indexOf(String.valueOf(newer)));
        List<Double> scores = new ArrayList<>();
        browser.driver.findElements(By.cssSelector("#queue tbody td.num")).forEach(td -> scores.add(Double.parseDouble(td.getText())));
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(browser.driver.findElements(By.cssSelector("#queue tbody tr")))
                .allSatisfy(r -> assertThat(r.getText()).contains("us_ofac_sdn").contains("Open"));

        // choosing filters in the form gives a link that can be bookmarked
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("status"))).selectByValue("pending_approval");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("dataset"))).selectByValue("us_dhs_uflpa");
        browser.driver.findElement(By.cssSelector("form.filters button")).click();
        browser.wait.until(ExpectedConditions.urlContains("status=pending_approval&dataset=us_dhs_uflpa"));
        assertThat(browser.driver.findElements(By.cssSelector("#queue tbody tr"))).allSatisfy(
                r -> assertThat(r.getText()).contains("us_dhs_uflpa").contains("Waiting for approval"));
        browser.open("/review?status=all&dataset=us_ofac_sdn");
        assertThat(rowIds()).contains(String.valueOf(older));
        assertThat(browser.driver.findElement(By.cssSelector("#status option[selected]")).getAttribute("value")).isEqualTo("all");
        assertThat(browser.driver.findElement(By.cssSelector("#dataset option[selected]")).getAttribute("value")).isEqualTo("us_ofac_sdn");
    }

    @Test
    void aPartyNamedLikeAScriptShowsAsTextInTheQueueTheAlertAndTheHistory() throws Exception {
        String party = partyId("xss");
        // a second name that is listed, so the party raises an alert; '<' sorts first, so it names the party
        long alert = sdnAlert(party, SCRIPT, SDN_NAME);
        browser.signInAs("xena", Role.ANALYST);
        browser.open("/review?status=open&dataset=us_ofac_sdn");
        assertThat(row(alert).findElement(By.cssSelector("td.party a")).getText()).isEqualTo(SCRIPT);
        row(alert).findElement(By.cssSelector("td.party a")).click();
        assertThat(browser.waitFor(By.id("party-heading")).getText()).isEqualTo(SCRIPT);
        assertThat(browser.driver.findElement(By.id("party-fields")).getText()).contains(SCRIPT);
        decide("decision-escalate", "<script>alert(2)</script> <b>bold</b>");
        waitForStatus("Open (escalated)");
        assertThat(browser.driver.findElement(By.id("history")).getText()).contains("<script>alert(2)</script> <b>bold</b>");
        assertThat(browser.driver.findElements(By.cssSelector("#history b"))).isEmpty();
        browser.screenshot("review-alert-script-name");
        assertThat(browser.driver.getTitle()).contains(SCRIPT);
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError("a script in a party name ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void aPartyOnTwoListsIsOneRowWhosePageShowsEveryListingAndDecidesBothAlerts() throws Exception {
        // Erkin Tuniyaz: "TUNIYAZ, Erken" on the SDN list (GLOMAG), "Erkin Tuniyaz" on Canada's, linked as one party
        String party = partyId("two-lists");
        var body = JSON.createObjectNode().put("id", party).put("schema", "Person");
        body.putObject("properties").putArray("name").add("Erkin Tuniyaz");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url("/parties")))
                .header("Authorization", "ApiKey " + intakeKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> alerts = new ArrayList<>();
        for (JsonNode a : JSON.readTree(r.body()).path("alerts")) {
            if (a.path("entity_id").asText().equals("us_ofac_sdn-34119") || a.path("entity_id").asText().equals("ca_sema-china_part-1_6")) {
                alerts.add(a.path("id").asText());
            }
        }
        assertThat(alerts).hasSize(2);

        browser.signInAs("lin", Role.ANALYST);
        browser.open("/review?status=open");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#queue tbody tr")).stream()
                .filter(x -> x.getText().contains(party)).toList();
        assertThat(rows).as("one row for the party").hasSize(1);
        WebElement row = rows.get(0);
        assertThat(List.of(row.getAttribute("data-alerts").split(" "))).containsAll(alerts);
        assertThat(row.findElements(By.cssSelector("ul.row-listings li"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(row.getText()).contains("us_ofac_sdn").contains("ca_sema").containsIgnoringCase("TUNIYAZ, Erken");
        browser.screenshot("review-queue-party-on-two-lists");

        row.findElement(By.cssSelector("td.party a")).click();
        WebElement listings = browser.waitFor(By.id("listings"));
        assertThat(listings.getText()).contains("us_ofac_sdn-34119").contains("ca_sema-china_part-1_6").contains("GLOMAG")
                .containsIgnoringCase("TUNIYAZ, Erken");
        assertThat(listings.findElements(By.cssSelector("a.listing-alert"))).hasSize(2);
        // under the Score heading each scored listing gives its figure alone
        assertThat(listings.findElements(By.cssSelector("tbody td.num")).stream().map(WebElement::getText)
                .filter(t -> !t.isEmpty()).toList()).isNotEmpty().allMatch(t -> t.matches("\\d{1,3}%"));
        assertThat(browser.driver.findElement(By.id("decide-also")).getText()).contains("every alert of this party");
        FullPage.screenshot(browser, "review-alert-party-on-two-lists");

        decide("decision-false_positive", "Our customer is another Erkin Tuniyaz, born 1990");
        waitForStatus("Closed: False positive");
        for (String id : alerts) {
            browser.open("/review/" + id);
            assertThat(status()).as("alert " + id).isEqualTo("Closed: False positive");
            assertThat(browser.driver.findElement(By.id("history")).getText()).contains("born 1990");
        }
        browser.open("/review?status=open");
        assertThat(browser.driver.findElements(By.cssSelector("#queue tbody tr")).stream().filter(x -> x.getText().contains(party)))
                .isEmpty();
    }

    @Test
    void badFiltersAndStrangersAreRefused() throws Exception {
        browser.signInAs("fay", Role.ANALYST);
        browser.open("/review?status=maybe");
        assertThat(browser.waitFor(By.cssSelector("p.error")).getText()).contains("Unknown status 'maybe'");
        browser.open("/review?dataset=nowhere");
        assertThat(browser.waitFor(By.cssSelector("p.error")).getText()).contains("Unknown list 'nowhere'");
        browser.open("/review/999999999");
        assertThat(browser.waitFor(By.cssSelector("p.error")).getText()).contains("no alert 999999999");
        browser.driver.manage().deleteAllCookies();
        browser.signInAs("sid", Role.SCREEN);
        browser.open("/review");
        assertThat(browser.waitFor(By.cssSelector("p.error")).getText()).contains("'screen'").contains("'analyst'");
    }
}
