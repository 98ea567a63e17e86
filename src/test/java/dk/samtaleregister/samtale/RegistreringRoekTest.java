package dk.samtaleregister.samtale;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.TestCpr;
import org.junit.jupiter.api.Test;

class RegistreringRoekTest extends ApiTest {

    @Test
    void a_valid_registration_is_stored_and_can_be_read_back() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);

        Svar svar = api.som(akasse("AK12")).registrer(samtale(cpr));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        long nummer = svar.json().get("samtalenummer").asLong();
        assertThat(svar.header("Location")).isEqualTo("/api/v1/samtaler/" + nummer);
        Svar laest = star.get("/api/v1/samtaler/" + nummer);
        assertThat(laest.status()).isEqualTo(200);
        assertThat(laest.json().get("cpr").asString()).isEqualTo(cpr);
        assertThat(laest.json().get("nulstillende").asBoolean()).isTrue();
    }
}
