package dk.samtaleregister.sider;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.Samtalebygger;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in, looking a citizen up and seeing the citizen page, in a real browser. */
class BorgersideTest extends SidetestBase {

    private static final LocalDate IDAG = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Autowired
    private JdbcClient jdbc;

    private String borgerMedSamtale() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, IDAG.minusMonths(4).toString(), null);
        feed.jobcenter(cpr, "101", IDAG.minusMonths(4).toString(), null);
        var svar = api.som(Testkalder.jobcenter("101", "jc101-sbh")).registrer(Samtalebygger.samtale(cpr)
                .afholdt(IDAG.minusDays(10) + "T10:00")
                .med("ansvarligSagsbehandler", Json.objekt("ident", "jc101-sbh", "myndighed", Json.objekt("type", "JOBCENTER", "kode", "101"))));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        String start = IDAG.plusDays(5) + "T09:00";
        var booking = api.som(Testkalder.jobcenter("101", "jc101-sbh")).post("/api/v1/planlagte-samtaler", Json.objekt("cpr", cpr, "start", start,
                "slut", IDAG.plusDays(5) + "T09:45", "samtaletype", 7, "kontaktform", "PERSONLIGT_FREMMOEDE", "sted", "Jobcentret",
                "sagsbehandlerNavn", "Mette Hansen", "ansvarligSagsbehandler", Json.objekt("ident", "jc101-sbh", "myndighed",
                        Json.objekt("type", "JOBCENTER", "kode", "101")), "ombookingTilladt", false, "ombookingFrist", null, "deltagelsesstatus", null));
        assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
        return cpr;
    }

    private void slaaOp(String cpr) {
        browser.skriv("felt-cpr", cpr).klik(By.cssSelector("main form button[type=submit]"));
    }

    @Test
    void a_caseworker_signs_in_looks_a_citizen_up_and_sees_the_situation_timeline_and_conversations() {
        String cpr = borgerMedSamtale();

        browser.gaaTil("/");
        assertThat(browser.adresse()).endsWith("/log-ind");
        assertThat(browser.tekst()).contains("Demotilstand");
        browser.tjek("log-ind");

        browser.logInd("JOBCENTER", "101", "jc101-sbh");
        assertThat(browser.tekst()).contains("Slå en borger op", "jc101-sbh");
        browser.tjek("forside");

        slaaOp(cpr);
        assertThat(browser.adresse()).contains("/borger/").doesNotContain(cpr).doesNotContain(cpr.substring(0, 6));
        assertThat(browser.titel()).doesNotContain(cpr.substring(0, 6));
        assertThat(browser.tekst()).contains(cpr.substring(0, 6) + "-xxxx").doesNotContain(cpr)
                .contains("Kontaktgruppe i dag", "Jobcenter i dag", "101", "Næste frist");
        assertThat(browser.alle(By.cssSelector(".tidslinje svg circle.punkt.nulstillende"))).hasSize(1);
        assertThat(browser.alle(By.cssSelector(".tidslinje svg circle.punkt.booking"))).hasSize(1);
        assertThat(browser.tekst()).contains("Booking", "booking nr. ");
        assertThat(browser.alle(By.cssSelector(".tidslinje svg rect.bjaelke.kontaktgruppe"))).hasSize(1);
        assertThat(browser.alle(By.cssSelector("table.table tbody tr")).size()).isGreaterThanOrEqualTo(3);
        browser.tjek("borger");

        List<Map<String, Object>> log = jdbc.sql("select handling, udfald, status from adgangslog where cpr = ? and handling like 'GET /borger/%'")
                .param(cpr).query().listOfRows();
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).containsEntry("udfald", "GODKENDT").containsEntry("status", 200);
        assertThat(jdbc.sql("select count(*) from adgangslog where handling like '%" + cpr + "%'").query(Long.class).single()).isZero();
    }

    @Test
    void a_citizen_is_looked_up_with_the_keyboard_alone_and_the_focus_is_visible() {
        String cpr = borgerMedSamtale();
        browser.logInd("JOBCENTER", "101", "jc101-sbh");

        var fokus = browser.driver().switchTo().activeElement();
        for (int i = 0; i < 15 && !"felt-cpr".equals(fokus.getAttribute("id")); i++) {
            fokus.sendKeys(org.openqa.selenium.Keys.TAB);
            fokus = browser.driver().switchTo().activeElement();
        }
        assertThat(fokus.getAttribute("id")).as("Tab reaches the CPR field").isEqualTo("felt-cpr");
        assertThat(fokus.getCssValue("outline-style") + " " + fokus.getCssValue("box-shadow")).as("a visible focus")
                .isNotEqualTo("none none");
        fokus.sendKeys(cpr, org.openqa.selenium.Keys.ENTER);
        browser.vent(d -> !d.findElements(By.cssSelector(".tidslinje svg")).isEmpty());
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Borger " + cpr.substring(0, 6) + "-xxxx");
    }

    @Test
    void an_akasse_sees_its_member_but_only_the_samtaletyper_it_may_see() {
        String cpr = borgerMedSamtale();
        feed.akasse(cpr, "AK12", IDAG.minusMonths(4).toString(), null);
        var integration = api.som(Testkalder.jobcenter("101", "jc101-sbh")).registrer(Samtalebygger.samtale(cpr).type(16)
                .afholdt(IDAG.minusDays(2) + "T11:00")
                .med("ansvarligSagsbehandler", Json.objekt("ident", "jc101-sbh", "myndighed", Json.objekt("type", "JOBCENTER", "kode", "101"))));
        assertThat(integration.status()).as(integration.toString()).isEqualTo(201);

        browser.logInd("AKASSE", "AK12", "ak12-sbh");
        slaaOp(cpr);
        assertThat(browser.alle(By.cssSelector("ul.samtaler > li"))).hasSize(1);
        assertThat(browser.tekst()).contains("Jobsamtale (7)").doesNotContain("Integrationssamtale");
        browser.tjek("borger-akasse");
    }

    @Test
    void star_sees_an_unknown_citizen_as_an_empty_page() {
        browser.logInd("STAR", "STAR", "star-sbh");
        slaaOp(TestCpr.naeste());

        assertThat(browser.tekst()).contains("Kontaktgruppe i dag", "Ingen", "Ingen registreringer.", "Borgeren har intet kontaktforløb.",
                "Ingen samtaler, du kan se.");
        assertThat(browser.alle(By.cssSelector(".tidslinje svg circle"))).isEmpty();
        assertThat(browser.alle(By.linkText("Registrér en afholdt samtale"))).as("STAR registers nothing").isEmpty();
        browser.tjek("borger-tom");
    }

    @Test
    void a_wrong_cpr_number_gets_the_error_summary_linking_to_the_field_and_keeps_what_was_typed() {
        browser.logInd("JOBCENTER", "101", "jc101-sbh");
        slaaOp("3213");

        assertThat(browser.find(By.id("fejlopsummering")).getText()).contains("Der er problemer");
        assertThat(browser.find(By.cssSelector("#fejlopsummering a")).getAttribute("href")).endsWith("#felt-cpr");
        assertThat(browser.find(By.cssSelector(".form-group.form-error .form-error-message")).getText()).isNotBlank();
        assertThat(browser.find(By.id("felt-cpr")).getAttribute("value")).isEqualTo("3213");
        browser.tjek("forside-fejl");
    }

    @Test
    void another_authority_cannot_see_the_first_ones_citizen() {
        String cpr = borgerMedSamtale();
        browser.logInd("JOBCENTER", "202", "jc202-sbh");
        slaaOp(cpr);

        assertThat(browser.tekst()).contains("Ingen adgang", "Din myndighed har ikke adgang", "jc202-sbh", "Log ud").doesNotContain("Tidslinje")
                .doesNotContain("nr. ");
        browser.tjek("ingen-adgang");
        assertThat(jdbc.sql("select udfald from adgangslog where cpr = ? and ident = 'jc202-sbh'").param(cpr).query(String.class).list())
                .containsExactly("NAEGTET");
    }

    @Test
    void signing_out_ends_the_session() {
        String cpr = borgerMedSamtale();
        browser.logInd("JOBCENTER", "101", "jc101-sbh");
        slaaOp(cpr);
        String side = browser.adresse();

        browser.logUd();
        assertThat(browser.adresse()).contains("/log-ind");
        assertThat(browser.tekst()).contains("Du er logget ud");
        browser.driver().get(side);
        assertThat(browser.adresse()).endsWith("/log-ind");
    }

    @Test
    void the_demo_sign_in_reports_every_wrong_field() {
        browser.logInd("JOBCENTER", "1", "");

        assertThat(browser.alle(By.cssSelector("#fejlopsummering li"))).hasSize(2);
        assertThat(browser.find(By.id("felt-myndighed-kode")).getAttribute("value")).isEqualTo("1");
        browser.tjek("log-ind-fejl");
    }
}
