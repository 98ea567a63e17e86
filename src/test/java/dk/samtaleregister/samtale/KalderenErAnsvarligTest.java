package dk.samtaleregister.samtale;

import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A write may leave out ansvarligSagsbehandler: the registry records the token's caller (ident and authority). Where
 * the body names one, it must be the caller.
 */
class KalderenErAnsvarligTest extends ApiTest {

    private Api jobcenter;
    private String cpr;

    @BeforeEach
    void borgerIJobcenter101() {
        cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        jobcenter = api.som(jobcenter("101", "jc101-mhan"));
    }

    private Map<String, Object> samtale(String kontaktform) {
        return Json.objekt("cpr", cpr, "afholdt", "2024-03-01T10:15", "samtaletype", 7, "kontaktform", kontaktform);
    }

    private static void assertKalderen(JsonNode ansvarlig) {
        assertThat(ansvarlig.get("ident").asString()).isEqualTo("jc101-mhan");
        assertThat(ansvarlig.get("myndighed").get("type").asString()).isEqualTo("JOBCENTER");
        assertThat(ansvarlig.get("myndighed").get("kode").asString()).isEqualTo("101");
    }

    private Svar medVersion(String metode, String sti, String version, Object krop) {
        return jobcenter.send(HttpRequest.newBuilder(URI.create(baseUrl() + sti)).header("Content-Type", "application/json")
                .header("If-Match", version).method(metode, HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(krop))));
    }

    @Test
    void a_conversation_registered_corrected_and_annulled_without_a_caseworker_is_in_the_callers_name() {
        Svar registreret = jobcenter.post("/api/v1/samtaler", samtale("PERSONLIGT_FREMMOEDE"));
        assertThat(registreret.status()).as(registreret.toString()).isEqualTo(201);
        assertKalderen(registreret.json().get("ansvarligSagsbehandler"));
        String sti = "/api/v1/samtaler/" + registreret.json().get("samtalenummer").asLong();

        Svar rettet = medVersion("PUT", sti, "\"1\"", samtale("TELEFONISK"));
        assertThat(rettet.status()).as(rettet.toString()).isEqualTo(200);
        assertKalderen(rettet.json().get("ansvarligSagsbehandler"));

        Svar annulleret = medVersion("POST", sti + "/annullering", "\"2\"", Json.objekt("begrundelse", "Registreret på forkert borger."));
        assertThat(annulleret.status()).as(annulleret.toString()).isEqualTo(200);
        assertThat(annulleret.json().get("status").asString()).isEqualTo("ANNULLERET");

        JsonNode historik = jobcenter.get(sti + "/historik").json();
        assertThat(historik.valueStream().map(h -> h.get("art").asString()).toList()).containsExactly("OPRETTET", "RETTET", "ANNULLERET");
        historik.valueStream().forEach(h -> assertKalderen(h.get("aendretAf")));
    }

    @Test
    void a_booking_created_changed_and_cancelled_without_a_caseworker_is_in_the_callers_name() {
        Map<String, Object> booking = Json.objekt("cpr", cpr, "start", "2024-04-10T09:00", "slut", "2024-04-10T09:45", "samtaletype", 7,
                "kontaktform", "PERSONLIGT_FREMMOEDE", "ombookingTilladt", false);
        Svar oprettet = jobcenter.post("/api/v1/planlagte-samtaler", booking);
        assertThat(oprettet.status()).as(oprettet.toString()).isEqualTo(201);
        assertKalderen(oprettet.json().get("ansvarligSagsbehandler"));
        String sti = "/api/v1/planlagte-samtaler/" + oprettet.json().get("nummer").asLong();

        booking.put("kontaktform", "TELEFONISK");
        assertThat(medVersion("PUT", sti, "\"1\"", booking).status()).isEqualTo(200);
        Svar aflyst = medVersion("POST", sti + "/aflysning", "\"2\"", Json.objekt("begrundelse", "Borgeren er startet i job."));
        assertThat(aflyst.status()).as(aflyst.toString()).isEqualTo(200);

        JsonNode historik = jobcenter.get(sti + "/historik").json();
        assertThat(historik.valueStream().map(h -> h.get("art").asString()).toList()).containsExactly("OPRETTET", "AENDRET", "AFLYST");
        historik.valueStream().forEach(h -> assertKalderen(h.get("aendretAf")));
    }

    @Test
    void a_caseworker_named_in_the_body_must_still_be_the_caller() {
        Map<String, Object> krop = samtale("PERSONLIGT_FREMMOEDE");
        krop.put("ansvarligSagsbehandler", Json.objekt("ident", "jc101-andre", "myndighed", Json.objekt("type", "JOBCENTER", "kode", "101")));

        Svar svar = jobcenter.post("/api/v1/samtaler", krop);

        assertThat(svar.status()).isEqualTo(403);
        assertThat(svar.fejlkoder()).containsExactly("SAGSBEHANDLER_ER_IKKE_KALDER");
    }
}
