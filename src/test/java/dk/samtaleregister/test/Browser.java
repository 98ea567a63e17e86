package dk.samtaleregister.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its own /usr/bin/chromedriver (Selenium is never let download one), with
 * what every page test needs: the accessibility check by axe-core injected into the page, a screenshot under
 * target/screenshots, and the browser's console, where a Content-Security-Policy violation would show.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SKAERMBILLEDER = Path.of("target/screenshots");

    private final ChromeDriver driver;
    private final String base;

    public Browser(String base) {
        this.base = base;
        ChromeOptions valg = new ChromeOptions();
        valg.setBinary(CHROMIUM.toFile());
        valg.addArguments("--headless", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--window-size=1280,1600", "--lang=da");
        LoggingPreferences log = new LoggingPreferences();
        log.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        valg.setCapability("goog:loggingPrefs", log);
        ChromeDriverService tjeneste = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(tjeneste, valg);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser gaaTil(String sti) {
        driver.get(base + sti);
        return this;
    }

    public String adresse() {
        return driver.getCurrentUrl();
    }

    public String titel() {
        return driver.getTitle();
    }

    public String tekst() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String kilde() {
        return driver.getPageSource();
    }

    public WebElement find(By hvad) {
        return driver.findElement(hvad);
    }

    public List<WebElement> alle(By hvad) {
        return driver.findElements(hvad);
    }

    public Browser skriv(String id, String tekst) {
        WebElement felt = driver.findElement(By.id(id));
        felt.clear();
        felt.sendKeys(tekst);
        return this;
    }

    /**
     * Clicks what leads to a new page (a link, a form's button) and waits for that page, redirects and all: a click
     * returns once the click is done, not the navigation, and on a busy machine the old page can still be there when
     * the test reads it. What changes the page in place (a radio button, htmx) is clicked on its element instead.
     */
    public Browser klik(By hvad) {
        WebElement side = driver.findElement(By.tagName("html"));
        driver.findElement(hvad).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(side));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Sign in on demo mode's page. */
    public Browser logInd(String myndighedstype, String kode, String ident, String... roller) {
        gaaTil("/log-ind");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("felt-myndighed-type"))).selectByValue(myndighedstype);
        skriv("felt-myndighed-kode", kode).skriv("felt-sagsbehandler", ident);
        for (String rolle : roller) {
            driver.findElement(By.id("rolle-" + rolle)).click();
        }
        return klik(By.cssSelector("main form button[type=submit]"));
    }

    /** Sign in on an identity provider's login page (Spring Security's form, as the tests' provider has it). */
    public Browser logIndHosUdbyder(String bruger, String adgangskode) {
        skriv("username", bruger).skriv("password", adgangskode);
        return klik(By.cssSelector("form button[type=submit]"));
    }

    /** The header's "Log ud". */
    public Browser logUd() {
        return klik(By.cssSelector("form.log-ud button"));
    }

    public Browser vent(java.util.function.Function<ChromeDriver, Boolean> betingelse) {
        // An htmx swap may replace an element between finding it and reading it: read again.
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> betingelse.apply(driver));
        return this;
    }

    /** axe-core's violations of impact serious or critical on the page as it is now: each "rule: target". */
    @SuppressWarnings("unchecked")
    public List<String> alvorligeTilgaengelighedsfejl() {
        JavascriptExecutor js = driver;
        js.executeScript(axe());
        Object resultat = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
        return (List<String>) resultat;
    }

    /** Checks the page with axe-core and writes its screenshot, target/screenshots/{navn}.png. */
    public Browser tjek(String navn) {
        assertThat(alvorligeTilgaengelighedsfejl()).as("axe-core on " + navn).isEmpty();
        assertThat(csp()).as("Content-Security-Policy violations on " + navn).isEmpty();
        return skaermbillede(navn);
    }

    /** The whole page, not only what the window shows: the window is made as tall as the page (at most 5,000 px) for the picture. */
    public Browser skaermbillede(String navn) {
        var vindue = driver.manage().window();
        var foer = vindue.getSize();
        long hoejde = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        try {
            vindue.setSize(new org.openqa.selenium.Dimension(foer.getWidth(), (int) Math.min(5000, Math.max(foer.getHeight(), hoejde + 140))));
            Files.createDirectories(SKAERMBILLEDER);
            Files.write(SKAERMBILLEDER.resolve(navn + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            vindue.setSize(foer);
        }
        return this;
    }

    /** The console's lines about a refused script, style or other resource. */
    public List<String> csp() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(linje -> linje.contains("Content Security Policy") || linje.contains("Content-Security-Policy")).toList();
    }

    /** The value of the page's cookie of that name, as the browser holds it, with its flags. */
    public Map<String, Object> cookie(String navn) {
        var c = driver.manage().getCookieNamed(navn);
        return c == null ? Map.of() : Map.of("httpOnly", c.isHttpOnly(), "secure", c.isSecure(), "sameSite", String.valueOf(c.getSameSite()));
    }

    private static String axe() {
        try (var ind = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(ind.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
