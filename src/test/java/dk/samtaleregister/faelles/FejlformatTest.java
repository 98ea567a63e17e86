package dk.samtaleregister.faelles;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** A client's mistake is a 4xx problem+json with a code and a Danish message, never a 500, never an echo of the data. */
class FejlformatTest extends ApiTest {

    private void assertProblem(Svar svar, int status, String kode) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(status);
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        assertThat(svar.json().get("status").asInt()).isEqualTo(status);
        assertThat(svar.json().get("type").asString()).startsWith("urn:samtaleregister:problem:");
        assertThat(svar.json().get("title").asString()).isNotBlank();
        assertThat(svar.fejlkoder()).contains(kode);
        assertThat(svar.json().get("fejl").get(0).get("besked").asString()).isNotBlank();
    }

    @Test
    void malformed_json_is_400() {
        assertProblem(star.post("/api/v1/samtaler", "{\"cpr\": "), 400, "UGYLDIG_JSON");
        assertProblem(star.post("/api/v1/samtaler", "{} {}"), 400, "UGYLDIG_JSON");
        assertProblem(star.post("/api/v1/samtaler", ""), 400, "UGYLDIG_JSON");
    }

    @Test
    void a_wrong_value_type_is_400_naming_the_field_and_never_the_value() {
        String cpr = TestCpr.naeste();
        Svar svar = star.post("/api/v1/samtaler", "{\"cpr\":\"" + cpr + "\",\"samtaletype\":\"" + cpr + "\"}");
        assertProblem(svar, 400, "UGYLDIG_VAERDITYPE");
        assertThat(svar.json().get("fejl").get(0).get("felt").asString()).isEqualTo("samtaletype");
        assertThat(svar.tekst()).doesNotContain(cpr);
        assertProblem(star.post("/api/v1/samtaler", "{\"flereMyndigheder\":\"ja\"}"), 400, "UGYLDIG_VAERDITYPE");
        assertProblem(star.post("/api/v1/samtaler", "{\"ansvarligSagsbehandler\":[1]}"), 400, "UGYLDIG_VAERDITYPE");
        assertProblem(star.post("/api/v1/samtaler", "{\"samtaletype\":7.5}"), 400, "UGYLDIG_VAERDITYPE");
        assertProblem(star.post("/api/v1/samtaler", "{\"samtaletype\":\"7\"}"), 400, "UGYLDIG_VAERDITYPE");
        assertProblem(star.post("/api/v1/samtaler", "{\"cpr\":true}"), 400, "UGYLDIG_VAERDITYPE");
        assertProblem(star.post("/api/v1/samtaler", "{\"cpr\":101901234}"), 400, "UGYLDIG_VAERDITYPE");
        assertProblem(feed.post("/api/v1/kontaktgruppeperioder", "{\"kontaktgruppe\":1.9}"), 400, "UGYLDIG_VAERDITYPE");
    }

    @Test
    void an_unknown_field_is_400_so_that_a_misspelling_is_not_silently_ignored() {
        Svar svar = star.post("/api/v1/samtaler", Json.objekt("flereMyndighed", true));
        assertProblem(svar, 400, "UKENDT_FELT");
        assertThat(svar.json().get("fejl").get(0).get("felt").asString()).isEqualTo("flereMyndighed");
    }

    @Test
    void rule_messages_never_echo_a_cpr_number_sent_in_another_field() {
        String cpr = TestCpr.naeste();
        Svar svar = star.post("/api/v1/samtaler", Json.objekt("cpr", cpr, "kontaktform", cpr, "afholdt", cpr, "deltagelsesstatus", cpr));
        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.tekst()).doesNotContain(cpr).doesNotContain(cpr.substring(6));
    }

    @Test
    void an_unknown_samtalenummer_is_404_and_a_non_number_400() {
        assertProblem(star.get("/api/v1/samtaler/987654321"), 404, "SAMTALE_FINDES_IKKE");
        assertProblem(star.get("/api/v1/samtaler/abc"), 400, "UGYLDIG_PARAMETER");
        assertProblem(star.get("/api/v1/findes-ikke"), 404, "RESSOURCE_FINDES_IKKE");
    }

    @Test
    void wrong_method_and_media_types_get_their_own_codes() {
        Svar metode = star.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/samtaler/1")).DELETE());
        assertProblem(metode, 405, "METODE_IKKE_TILLADT");
        assertThat(metode.header("Allow")).contains("GET");
        Svar medietype = star.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/samtaler"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertProblem(medietype, 415, "MEDIETYPE_IKKE_UNDERSTOETTET");
        Svar accept = star.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/referencedata/samtaletyper"))
                .header("Accept", "application/xml").GET());
        assertProblem(accept, 406, "SVARFORMAT_IKKE_UNDERSTOETTET");
    }
}
