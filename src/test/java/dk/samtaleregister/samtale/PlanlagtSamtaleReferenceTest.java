package dk.samtaleregister.samtale;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DFDG rule 6: a held conversation's planlagtSamtale must name a booking the registry knows on that citizen. */
class PlanlagtSamtaleReferenceTest extends ApiTest {

    private String booking(String cpr) {
        Svar svar = ak12.post("/api/v1/planlagte-samtaler", Json.objekt(
                "cpr", cpr, "start", "2024-03-01T10:00", "slut", "2024-03-01T10:45", "samtaletype", 7,
                "kontaktform", "PERSONLIGT_FREMMOEDE", "sted", "Jobcentret", "sagsbehandlerNavn", "Mette Hansen",
                "ansvarligSagsbehandler", Json.objekt("ident", "ak12-sbh", "myndighed", Json.objekt("type", "AKASSE", "kode", "AK12")),
                "ombookingTilladt", false, "ombookingFrist", null, "deltagelsesstatus", null));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return String.valueOf(svar.json().get("nummer").asLong());
    }

    /** A-kasse AK12, which books and registers. */
    private Api ak12;

    @BeforeEach
    void kaldere() {
        ak12 = api.som(akasse("AK12"));
    }

    /** A new citizen who is a member of a-kasse AK12: an a-kasse works only with its members. */
    private String medlem() {
        String cpr = TestCpr.naeste();
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        return cpr;
    }

    @Test
    void a_conversation_may_refer_to_a_booking_of_its_own_citizen() {
        String cpr = medlem();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        String nummer = booking(cpr);

        Svar svar = ak12.registrer(samtale(cpr).med("planlagtSamtale", nummer));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        assertThat(svar.json().get("planlagtSamtale").asString()).isEqualTo(nummer);
    }

    @Test
    void the_booking_lists_the_conversations_held_for_it_and_forgets_an_annulled_one() {
        String cpr = medlem();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        String nummer = booking(cpr);
        long samtalenummer = ak12.registrer(samtale(cpr).med("planlagtSamtale", nummer)).json().get("samtalenummer").asLong();
        assertThat(star.get("/api/v1/planlagte-samtaler/" + nummer).json().get("afholdteSamtaler").get(0).asLong()).isEqualTo(samtalenummer);

        Svar annulleret = ak12.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/samtaler/" + samtalenummer + "/annullering"))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Json.objekt("begrundelse", "Forkert borger.",
                        "ansvarligSagsbehandler", Json.objekt("ident", "ak12-sbh", "myndighed", Json.objekt("type", "AKASSE", "kode", "AK12")))))));
        assertThat(annulleret.status()).as(annulleret.toString()).isEqualTo(200);

        assertThat(star.get("/api/v1/planlagte-samtaler/" + nummer).json().get("afholdteSamtaler").size()).isZero();
    }

    @Test
    void a_reference_to_another_citizens_booking_or_to_none_is_rejected_without_echoing_it() {
        String cpr = medlem();
        String anden = medlem();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        String andensBooking = booking(anden);

        for (String reference : new String[] {andensBooking, "987654321", "BK-2024-000123", cpr}) {
            Svar svar = ak12.registrer(samtale(cpr).med("planlagtSamtale", reference));
            assertThat(svar.status()).as(reference + ": " + svar).isEqualTo(422);
            assertThat(svar.fejlkoder()).containsExactly("PLANLAGT_SAMTALE_UKENDT");
            assertThat(svar.json().get("fejl").get(0).get("felt").asString()).isEqualTo("planlagtSamtale");
            assertThat(svar.tekst()).doesNotContain(cpr);
        }
    }
}
