package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clearance.access.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class SignInTest extends BrowserTest {

    @Test
    void aPageSendsAStrangerToSignInAndBackAfterwards() throws Exception {
        browser.driver.manage().deleteAllCookies();
        browser.open("/?from=a-link");
        browser.wait.until(ExpectedConditions.urlContains("/login?next="));
        browser.screenshot("login");
        String name = fixture.user("ana", Role.ANALYST);
        browser.driver.findElement(By.id("name")).sendKeys(name);
        browser.driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
        browser.driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.urlContains("/?from=a-link"));
        browser.open("/");
        assertThat(browser.waitFor(By.cssSelector("form.who")).getText()).contains(name).contains("analyst");
        browser.screenshot("dashboard");
        browser.signOut();
        browser.open("/");
        browser.wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        browser.driver.manage().deleteAllCookies();
        String name = fixture.user("bea", Role.SCREEN);
        browser.signIn(name, "not the password at all");
        assertThat(browser.waitFor(By.cssSelector("p.error")).getText()).contains("user name or password is wrong");
        browser.signIn("nobody-" + name, WebFixture.PASSWORD);
        assertThat(browser.waitFor(By.cssSelector("p.error")).getText()).contains("user name or password is wrong");
    }

    @Test
    void repeatedWrongPasswordsPauseSignInsForThatName() {
        browser.driver.manage().deleteAllCookies();
        String name = fixture.user("cy", Role.SCREEN);
        for (int i = 0; i < SignInPages.MAX_FAILURES; i++) {
            browser.signIn(name, "wrong password " + i);
            browser.waitFor(By.cssSelector("p.error"));
        }
        browser.signIn(name, WebFixture.PASSWORD);
        assertThat(browser.waitFor(By.cssSelector("p.error")).getText()).contains("paused");
    }

    @Test
    void aFormPostedWithoutTheSessionsTokenIsRefused() throws Exception {
        // a forged cross-site form carries the cookie but cannot know the token
        browser.driver.manage().deleteAllCookies();
        browser.signInAs("dee", Role.SCREEN);
        String cookie = browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/logout")))
                .header("Cookie", Guard.COOKIE + "=" + cookie).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=guessed")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("out of date").startsWith("<!doctype html>");
        browser.open("/");
        assertThat(browser.waitFor(By.cssSelector("form.who")).isDisplayed()).as("still signed in").isTrue();
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndPagesForbidForeignScripts() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
        browser.driver.manage().deleteAllCookies();
        browser.signInAs("eve", Role.SCREEN);
        var cookie = browser.driver.manage().getCookieNamed(Guard.COOKIE);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(browser.driver.executeScript("return document.cookie")).asString().doesNotContain(Guard.COOKIE);
    }

    @Test
    void emptyAndOversizedSignInFieldsAreRefusedAsAWrongSignIn() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        String name = fixture.user("fay", Role.SCREEN);
        for (String[] fields : new String[][] {{"", ""}, {name, ""}, {"n".repeat(100_000), WebFixture.PASSWORD},
                {name, "p".repeat(org.clearance.access.Users.MAX_PASSWORD + 1)}}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/login")))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token.group(1) + "&name=" + fields[0]
                            + "&password=" + fields[1])).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("name of %d characters", fields[0].length()).isEqualTo(401);
            assertThat(r.body()).contains("user name or password is wrong").doesNotContain("n".repeat(200));
        }
        HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/login")))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token.group(1) + "&name=" + "n".repeat(2 << 20)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
    }

    @Test
    void theApiStillAnswersJsonAndUnknownPagesAnswerAPage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/catalog"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).startsWith("{\"detail\"");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/no-such-page")))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>");
    }
}
