package org.clearance.web;

import java.nio.file.Path;
import org.openqa.selenium.Dimension;

/** Screenshots of a whole page, not just the window, so the parts below the fold are looked at too. */
final class FullPage {
    /** Taller pages are cut here: a screenshot stays a size one can open and look at. */
    private static final int MAX_HEIGHT = 4000;

    private FullPage() {}

    static Path screenshot(Browser browser, String name) throws Exception {
        long height = (Long) browser.driver.executeScript("return document.documentElement.scrollHeight");
        browser.driver.manage().window().setSize(new Dimension(Browser.WIDTH, (int) Math.min(MAX_HEIGHT, Math.max(Browser.HEIGHT, height + 120))));
        try {
            return browser.screenshot(name);
        } finally {
            browser.driver.manage().window().setSize(new Dimension(Browser.WIDTH, Browser.HEIGHT));
        }
    }
}
