package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The API's docs page runs Swagger UI under its Content-Security-Policy, which allows its one inline script by hash. */
class DocsPageTest extends BrowserTest {
    @Test
    void swaggerUiShowsTheApiUnderThePagesPolicy() throws Exception {
        browser.open("/docs");
        assertThat(browser.waitFor(By.cssSelector(".swagger-ui .info .title")).getText()).contains("Clearance");
        assertThat(browser.driver.findElements(By.cssSelector(".opblock-summary-path"))).hasSizeGreaterThan(5);
        browser.screenshot("docs");
    }
}
