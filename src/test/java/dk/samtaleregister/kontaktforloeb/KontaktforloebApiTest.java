package dk.samtaleregister.kontaktforloeb;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The kontaktforløb through HTTP: derived from what is registered now, with the dates worked out by hand. */
class KontaktforloebApiTest extends ApiTest {

    private JsonNode forloeb(String cpr, String pr) {
        Svar svar = star.post("/api/v1/kontaktforloeb", Json.objekt("cpr", cpr, "pr", pr));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json();
    }

    private static JsonNode krav(JsonNode forloeb, String kode) {
        return forloeb.get("krav").valueStream().filter(k -> k.get("kode").asString().equals(kode)).findFirst().orElseThrow();
    }

    @Test
    void a_sygedagpenge_forloeb_is_judged_by_its_krav_and_an_annulment_changes_the_answer_at_once() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 6, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        Svar registreret = api.som(jobcenter("101")).registrer(samtale(cpr).type(4).af(jobcenter("101")).afholdt("2024-02-20T10:00"));
        assertThat(registreret.status()).as(registreret.toString()).isEqualTo(201);
        long nummer = registreret.json().get("samtalenummer").asLong();

        JsonNode marts = forloeb(cpr, "2024-03-01").get("kontaktforloeb").get(0);

        assertThat(marts.get("kontaktgruppe").asInt()).isEqualTo(6);
        assertThat(marts.get("start").asString()).isEqualTo("2024-01-01");
        JsonNode foerste = krav(marts, "FOERSTE_OPFOELGNING_8US");
        // By the end of week 8: 2024-01-01 + 7 * 8 - 1 days.
        assertThat(foerste.get("frist").asString()).isEqualTo("2024-02-25");
        assertThat(foerste.get("status").asString()).isEqualTo("OPFYLDT");
        assertThat(foerste.get("talteSamtaler").get(0).asLong()).isEqualTo(nummer);
        assertThat(foerste.get("hjemmel").asString()).isNotBlank();
        JsonNode seks = krav(marts, "OPFOELGNING_6M");
        // Within 6 months: 2024-01-01 + 6 months - 1 day.
        assertThat(seks.get("frist").asString()).isEqualTo("2024-06-30");
        assertThat(seks.get("antalKraevet").asInt()).isEqualTo(4);
        assertThat(seks.get("antalAfholdt").asInt()).isEqualTo(1);
        assertThat(seks.get("status").asString()).isEqualTo("AABEN");
        assertThat(marts.get("naesteFrist").asString()).isEqualTo("2024-06-30");
        assertThat(krav(forloeb(cpr, "2024-07-01").get("kontaktforloeb").get(0), "OPFOELGNING_6M").get("status").asString())
                .isEqualTo("IKKE_OPFYLDT");

        Testkalder kollega = jobcenter("101", "jc101-x");
        Svar annulleret = api.som(kollega).send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/samtaler/" + nummer + "/annullering"))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Json.objekt("begrundelse", "Fejlregistreret.",
                        "ansvarligSagsbehandler", kollega.somSagsbehandler())))));
        assertThat(annulleret.status()).as(annulleret.toString()).isEqualTo(200);

        JsonNode efter = forloeb(cpr, "2024-03-01").get("kontaktforloeb").get(0);
        assertThat(krav(efter, "FOERSTE_OPFOELGNING_8US").get("status").asString()).isEqualTo("IKKE_OPFYLDT");
        assertThat(krav(efter, "OPFOELGNING_6M").get("antalAfholdt").asInt()).isZero();
    }

    @Test
    void a_change_of_kontaktgruppe_starts_a_new_forloeb() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 2, "2024-01-01", null);
        feed.kontaktgruppe(cpr, 12, "2024-04-01", null);

        JsonNode forloeb = forloeb(cpr, "2024-04-02").get("kontaktforloeb");

        assertThat(forloeb.valueStream().map(f -> f.get("kontaktgruppe").asInt()).toList()).containsExactly(2, 12);
        assertThat(forloeb.get(1).get("start").asString()).isEqualTo("2024-04-01");
        // First jobsamtale within 1 week: 2024-04-01 + 7 days.
        assertThat(krav(forloeb.get(1), "FOERSTE_JOBSAMTALE_1U").get("frist").asString()).isEqualTo("2024-04-08");
    }

    @Test
    void bad_input_is_422_and_an_unknown_citizen_has_no_forloeb() {
        Svar svar = star.post("/api/v1/kontaktforloeb", Json.objekt("cpr", "123", "pr", "i morgen"));
        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("CPR_UGYLDIGT_FORMAT", "UGYLDIG_DATO");
        assertThat(forloeb(TestCpr.naeste(), null).get("kontaktforloeb").size()).isZero();
    }
}
