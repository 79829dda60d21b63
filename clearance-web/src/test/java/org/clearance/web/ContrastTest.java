package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clearance.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * WCAG 2.1 AA colour contrast of every text on the main pages, as the browser renders them (computed
 * colours over the first opaque background), checked by {@code contrast.js}.
 */
class ContrastTest extends BrowserTest {
    private static String script;

    @BeforeAll
    static void signIn() throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream("contrast.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser.signInAs("ada", Role.APPROVER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/screen", "/batch", "/review?status=all", "/lists", "/lists/un_sc_sanctions", "/chains"})
    void everyTextMeetsAaContrast(String page) {
        browser.open(page);
        browser.waitFor(By.cssSelector("main h1"));
        @SuppressWarnings("unchecked")
        List<String> failures = (List<String>) browser.driver.executeScript(script);
        assertThat(failures).as("texts under 4.5:1 (3:1 large) on " + page).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsFaintText() {
        browser.open("/lists");
        browser.waitFor(By.cssSelector("main h1"));
        browser.driver.executeScript("const p = document.createElement('p'); p.textContent = 'faint grey'; "
                + "p.style.color = '#aaaaaa'; document.querySelector('main').appendChild(p);");
        @SuppressWarnings("unchecked")
        List<String> failures = (List<String>) browser.driver.executeScript(script);
        assertThat(failures).singleElement().asString().contains("faint grey").contains("2.32:1");
    }

    @org.junit.jupiter.api.Test
    void theSignInPageMeetsAaContrastToo() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        browser.waitFor(By.id("name"));
        @SuppressWarnings("unchecked")
        List<String> failures = (List<String>) browser.driver.executeScript(script);
        assertThat(failures).isEmpty();
        browser.signInAs("ada", Role.APPROVER);
    }
}
