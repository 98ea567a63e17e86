package dk.samtaleregister.test;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.andenAktoer;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.test.Api.Svar;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The test client says who calls and does nothing else: an Api that names no caller sends no token, the token is the
 * named caller's whatever the body says, and a registration sets nothing up for the citizen. The other HTTP tests
 * lean on this; were it to guess or to help, they would pass for the wrong reason.
 */
class TestklientTest extends ApiTest {

    private static final String SAMTALETYPER = "/api/v1/referencedata/samtaletyper";

    @Test
    void an_api_that_names_no_caller_sends_no_token_and_is_refused() {
        assertThat(api.token()).isEmpty();

        Svar svar = api.get(SAMTALETYPER);

        assertThat(svar.status()).isEqualTo(401);
        assertThat(svar.fejlkoder()).containsExactly("IKKE_AUTENTIFICERET");
        assertThat(star.token()).isPresent();
        assertThat(star.get(SAMTALETYPER).status()).isEqualTo(200);
    }

    @Test
    void a_fixture_sent_without_the_feed_fails_and_says_who_sent_it() {
        String cpr = TestCpr.naeste();

        assertThatThrownBy(() -> api.kontaktgruppe(cpr, 1, "2024-01-01", null)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("401").hasMessageContaining("no caller named");
        // Only role SYSTEM writes a citizen's periods; a caseworker or STAR without it is refused.
        assertThatThrownBy(() -> api.som(jobcenter("101")).kontaktgruppe(cpr, 1, "2024-01-01", null)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("403").hasMessageContaining("KRAEVER_ROLLE").hasMessageContaining("jc101-sbh");
        assertThatThrownBy(() -> star.akasse(cpr, "AK12", "2024-01-01", null)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("403").hasMessageContaining("KRAEVER_ROLLE");
        assertThat(star.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr)).json().get("kontaktgruppeperioder")).isEmpty();
    }

    @Test
    void a_registration_sets_up_no_membership_or_referral_for_the_citizen() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);

        Svar akassen = api.som(akasse("AK12")).registrer(samtale(cpr));
        Svar aktoeren = api.som(andenAktoer("AA7")).registrer(samtale(cpr).af(andenAktoer("AA7")));

        assertThat(akassen.status()).as(akassen.toString()).isEqualTo(403);
        assertThat(akassen.fejlkoder()).containsExactly("BORGER_IKKE_MEDLEM_AF_AKASSE");
        assertThat(aktoeren.status()).as(aktoeren.toString()).isEqualTo(403);
        assertThat(aktoeren.fejlkoder()).containsExactly("BORGER_IKKE_HENVIST_TIL_ANDEN_AKTOER");
        JsonNode situation = star.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr)).json();
        assertThat(situation.get("akassemedlemskaber")).isEmpty();
        assertThat(situation.get("andenaktoerHenvisninger")).isEmpty();
    }

    @Test
    void the_token_is_the_named_callers_whatever_caseworker_the_body_names() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        // The body names a-kasse AK12's caseworker (Samtalebygger's default), who may register for this citizen.
        Samtalebygger ak12sSamtale = samtale(cpr);

        Svar somStar = star.registrer(ak12sSamtale);
        Svar somJobcentret = api.som(jobcenter("101")).registrer(ak12sSamtale);

        assertThat(somStar.status()).as(somStar.toString()).isEqualTo(403);
        assertThat(somStar.fejlkoder()).containsExactly("STAR_REGISTRERER_IKKE");
        assertThat(somJobcentret.status()).as(somJobcentret.toString()).isEqualTo(403);
        assertThat(somJobcentret.fejlkoder()).containsExactly("SAGSBEHANDLER_ER_IKKE_KALDER");
        Svar somAkassen = api.som(akasse("AK12")).registrer(ak12sSamtale);
        assertThat(somAkassen.status()).as(somAkassen.toString()).isEqualTo(201);
    }
}
