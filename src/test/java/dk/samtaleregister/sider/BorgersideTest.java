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
        assertThat(browser.alle(By.cssSelector(".tidslinje svg circle.punkt"))).hasSize(1);
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

        assertThat(browser.tekst()).contains("Ingen adgang", "Din myndighed har ikke adgang").doesNotContain("Tidslinje").doesNotContain("nr. ");
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
