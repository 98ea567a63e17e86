package dk.samtaleregister.sider;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.Samtalebygger;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A conversation on the citizen page: its history, opened with htmx, and its annulment. */
class SamtalesideTest extends SidetestBase {

    private static final LocalDate IDAG = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    private long samtale(String cpr) {
        feed.kontaktgruppe(cpr, 1, IDAG.minusMonths(4).toString(), null);
        feed.jobcenter(cpr, "101", IDAG.minusMonths(4).toString(), null);
        var svar = api.som(Testkalder.jobcenter("101", "jc101-sbh")).registrer(Samtalebygger.samtale(cpr).afholdt(IDAG.minusDays(3) + "T09:30")
                .med("ansvarligSagsbehandler", Json.objekt("ident", "jc101-sbh", "myndighed", Json.objekt("type", "JOBCENTER", "kode", "101"))));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("samtalenummer").asLong();
    }

    private void aabnBorger(String cpr) {
        browser.logInd("JOBCENTER", "101", "jc101-sbh");
        browser.skriv("felt-cpr", cpr).klik(By.cssSelector("main form button[type=submit]"));
    }

    private WebElement detaljer() {
        return browser.find(By.cssSelector("ul.samtaler details"));
    }

    @Test
    void opening_a_conversation_loads_its_history_with_htmx() {
        String cpr = TestCpr.naeste();
        long nr = samtale(cpr);
        aabnBorger(cpr);

        detaljer().findElement(By.tagName("summary")).click();
        browser.vent(d -> !d.findElements(By.cssSelector("#historik-" + nr + " ol.historik")).isEmpty());
        assertThat(browser.find(By.id("historik-" + nr)).getText()).contains("Version 1: oprettet", "jc101-sbh (JOBCENTER 101)", "samtaletype");
        browser.tjek("borger-historik");
    }

    @Test
    void the_history_fragment_answers_plain_http_as_htmx_asks_it_and_as_a_page_without_script() throws Exception {
        String cpr = TestCpr.naeste();
        long nr = samtale(cpr);
        aabnBorger(cpr);
        String sti = URI.create(browser.adresse()).getPath() + "/samtaler/" + nr + "/historik";
        String cookie = "SAMTALEREGISTER=" + browser.driver().manage().getCookieNamed("SAMTALEREGISTER").getValue();
        HttpClient klient = HttpClient.newHttpClient();

        HttpResponse<String> fragment = klient.send(HttpRequest.newBuilder(URI.create(baseUrl() + sti)).header("Cookie", cookie)
                .header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).contains("<ol class=\"historik\">", "Version 1").doesNotContain("<html").doesNotContain(cpr);

        HttpResponse<String> side = klient.send(HttpRequest.newBuilder(URI.create(baseUrl() + sti)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(side.body()).contains("<html", "Samtale nr. " + nr, "Tilbage til borgeren");

        HttpResponse<String> fremmed = klient.send(HttpRequest.newBuilder(URI.create(baseUrl() + sti.replace("/" + nr + "/", "/999999999/")))
                .header("Cookie", cookie).header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fremmed.statusCode()).isEqualTo(404);
    }

    @Test
    void annulling_without_a_reason_shows_the_error_at_the_field_and_then_annuls_with_one() {
        String cpr = TestCpr.naeste();
        long nr = samtale(cpr);
        aabnBorger(cpr);
        detaljer().findElement(By.tagName("summary")).click();

        browser.klik(By.cssSelector("form.annullering button"));
        assertThat(browser.find(By.id("fejlopsummering")).getText()).contains("Feltet skal udfyldes");
        assertThat(browser.find(By.cssSelector("#fejlopsummering a")).getAttribute("href")).endsWith("#felt-annullering-" + nr + "-begrundelse");
        assertThat(detaljer().getAttribute("open")).isNotNull();
        browser.tjek("borger-annullering-fejl");

        browser.skriv("felt-annullering-" + nr + "-begrundelse", "Registreret på forkert borger.").klik(By.cssSelector("form.annullering button"));
        assertThat(browser.tekst()).contains("Samtale nr. " + nr + " er annulleret.", "(annulleret)");
        assertThat(browser.alle(By.cssSelector("form.annullering"))).isEmpty();
        assertThat(star.get("/api/v1/samtaler/" + nr).json().get("version").asInt()).isEqualTo(2);
        browser.tjek("borger-annulleret");
    }

    @Test
    void another_authority_gets_no_annul_form() {
        String cpr = TestCpr.naeste();
        samtale(cpr);
        browser.logInd("STAR", "STAR", "star-sbh");
        browser.skriv("felt-cpr", cpr).klik(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.alle(By.cssSelector("ul.samtaler details"))).hasSize(1);
        assertThat(browser.alle(By.cssSelector("form.annullering"))).isEmpty();
    }
}
