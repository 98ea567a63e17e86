package dk.samtaleregister.sider;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.TestCpr;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import testudbyder.Testudbyder;

/**
 * The whole sign-in at a real OpenID Connect provider ({@link Testudbyder}) in a real browser: to the provider's
 * login page, back signed in as the caller its ID token names, with that caller's access and audit records, and
 * signed out at both ends.
 */
@ContextConfiguration(initializers = Udbydermiljoe.class)
class UdbyderloginBrowserTest extends SidetestBase {

    @Autowired
    private JdbcClient jdbc;

    private String udbyder() {
        return Udbydermiljoe.udbyder().issuer();
    }

    @Test
    void a_caseworker_signs_in_at_the_provider_is_the_caller_its_id_token_names_and_signs_out_at_both_ends() {
        browser.gaaTil("/");
        assertThat(browser.adresse()).as("the provider's login page").startsWith(udbyder() + "/login");

        browser.logIndHosUdbyder(Testudbyder.SAGSBEHANDLER, Testudbyder.ADGANGSKODE);
        assertThat(browser.adresse()).isEqualTo(baseUrl() + "/");
        assertThat(browser.tekst()).contains("Slå en borger op", Testudbyder.SAGSBEHANDLER_IDENT + ", JOBCENTER 101");
        browser.tjek("udbyder-forside");

        browser.gaaTil(Udbydermiljoe.KALDER);
        assertThat(browser.tekst()).as("the same caller a token with these claims names; unknown roles ignored")
                .contains("\"type\":\"JOBCENTER\"", "\"kode\":\"101\"", "\"ident\":\"" + Testudbyder.SAGSBEHANDLER_IDENT + "\"",
                        "\"roller\":[\"SYSTEM\"]");

        String cpr = TestCpr.naeste();
        browser.gaaTil("/");
        browser.skriv("felt-cpr", cpr).klik(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.tekst()).contains("Ingen adgang");
        assertThat(jdbc.sql("select ident || ' ' || myndighedstype || ' ' || myndighedskode || ' ' || udfald from adgangslog where cpr = ?")
                .param(cpr).query(String.class).list()).containsExactly(Testudbyder.SAGSBEHANDLER_IDENT + " JOBCENTER 101 NAEGTET");

        browser.gaaTil("/").logUd();
        assertThat(browser.adresse()).isEqualTo(baseUrl() + "/log-ind?logget-ud");
        assertThat(browser.tekst()).contains("Du er logget ud");
        browser.tjek("udbyder-logget-ud");

        browser.gaaTil("/");
        assertThat(browser.adresse()).as("signed out at the provider too: it asks for the password again").startsWith(udbyder() + "/login");
    }

    @Test
    void an_identity_that_names_no_authority_gets_no_session_and_a_page_that_says_why() {
        browser.gaaTil("/");
        browser.logIndHosUdbyder(Testudbyder.UDEN_MYNDIGHED, Testudbyder.ADGANGSKODE);

        assertThat(browser.adresse()).isEqualTo(baseUrl() + "/log-ind?fejl=identitet");
        assertThat(browser.tekst()).contains("Din identitet giver ikke adgang").doesNotContain("ukendt-1");
        browser.tjek("udbyder-identitet");

        browser.gaaTil("/");
        assertThat(browser.adresse()).as("signed in at the provider, still not here").isEqualTo(baseUrl() + "/log-ind?fejl=identitet");
    }
}
