package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.clearance.access.Role;
import org.clearance.cases.LinkReviews;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Links page over the bundled lists: counts per pair of lists, each party's listings and links, and a split
 * proposed in the browser, refused to its proposer's own approval, approved by a second person and then applied
 * to the lists the service has loaded.
 */
class LinksPageTest extends BrowserTest {
    /** BIS's Denied Persons List shares few parties with OFAC: splitting one leaves the other tests' parties alone. */
    private static final String DPL = "us_bis_dpl";

    @Test
    void aLinkSplitInThePageTakesEffectOnceASecondPersonApprovesIt() throws Exception {
        String proposer = browser.signInAs("lino", Role.APPROVER);
        browser.open("/links?dataset=" + DPL);
        WebElement counts = browser.waitFor(By.id("link-counts"));
        assertThat(counts.getText()).contains("us_bis_dpl + us_ofac_sdn");
        List<WebElement> parties = browser.driver.findElements(By.cssSelector("section.party"));
        assertThat(parties).isNotEmpty();
        WebElement party = parties.get(0);
        assertThat(party.findElements(By.cssSelector("table.listings tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(party.getText()).contains(DPL);
        WebElement form = party.findElement(By.cssSelector("form.split-link"));
        String left = form.findElement(By.name("left")).getAttribute("value");
        String right = form.findElement(By.name("right")).getAttribute("value");
        FullPage.screenshot(browser, "links");
        form.findElement(By.name("reason")).sendKeys("different parties: the addresses differ");
        form.findElement(By.cssSelector("button")).click();
        WebElement row = browser.waitFor(By.cssSelector("#link-decisions tbody tr"));
        assertThat(row.getText()).contains("split").contains(left).contains(right).contains("pending_approval")
                .contains("Your proposal");
        long id = Long.parseLong(row.getAttribute("data-decision"));

        // four eyes: the proposer, an approver, may not approve it; nor does the page offer it
        assertThat(row.findElements(By.cssSelector("form.approve-link"))).isEmpty();
        WebSession own = new WebSession(fixture, browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue());
        HttpResponse<String> refused = own.post("/links/decisions/" + id, Map.of("approval", "approve", "reason", "mine"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("four eyes");

        WebSession second = WebSession.signIn(fixture, fixture.user("lina", Role.APPROVER));
        HttpResponse<String> approved = second.post("/links/decisions/" + id, Map.of("approval", "approve", "reason", "checked"));
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(new LinkReviews(fixture.database()).review(id).orElseThrow().status()).isEqualTo(LinkReviews.Status.APPROVED);
        // the loaded lists are regrouped at once: the two entries are two parties now
        browser.open("/links?dataset=" + DPL);
        browser.waitFor(By.id("link-counts"));
        for (WebElement p : browser.driver.findElements(By.cssSelector("section.party"))) {
            assertThat(p.getText().contains(left) && p.getText().contains(right)).as(p.getText()).isFalse();
        }
        assertThat(browser.driver.findElement(By.cssSelector("tr[data-decision='" + id + "']")).getText())
                .contains("approved").contains(proposer).doesNotContain("Your proposal");
    }

    @Test
    void aScreenerSeesTheLinksButNoFormsAndMayNotPropose() throws Exception {
        WebSession screener = WebSession.signIn(fixture, fixture.user("lis", Role.SCREEN));
        HttpResponse<String> page = screener.get("/links");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("link-counts").doesNotContain("split-link").doesNotContain("confirm-link");
        HttpResponse<String> refused = screener.post("/links/split", Map.of("left", "a", "right", "b", "reason", "no"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
