package dk.samtaleregister.sider;

import static org.assertj.core.api.Assumptions.assumeThat;

import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Browser;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the pages' browser tests: one headless Chromium for the class, its cookies cleared before each test, so
 * that every test signs in itself. On CI Chromium must be there (.ci/run installs it); elsewhere the tests are
 * skipped without it.
 */
abstract class SidetestBase extends ApiTest {

    private static Browser faelles;

    protected Browser browser;

    @BeforeEach
    void aabnBrowser() {
        if (!"true".equals(System.getenv("CI"))) {
            assumeThat(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER))
                    .as("Debian's chromium and chromium-driver").isTrue();
        }
        if (faelles == null) {
            faelles = new Browser(baseUrl());
        }
        browser = faelles;
        browser.gaaTil("/log-ind");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void lukBrowser() {
        if (faelles != null) {
            faelles.close();
            faelles = null;
        }
    }
}
