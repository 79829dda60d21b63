package org.clearance.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test class starts with: the run's shared {@link WebFixture} and a browser of
 * its own, closed when the class ends.
 */
abstract class BrowserTest {
    static WebFixture fixture;
    static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        fixture = WebFixture.get();
        browser = new Browser(fixture);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
