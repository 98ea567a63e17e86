package dk.samtaleregister.faelles;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /actuator/prometheus: what the platform scrapes, without a token, and never a citizen in it. */
class MetrikTest extends ApiTest {

    private static double vaerdi(String metrikker, String serie) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(serie) + " ([0-9.eE+-]+)$").matcher(metrikker);
        assertThat(m.find()).as(serie + " in\n" + metrikker.lines().filter(l -> l.startsWith("samtaleregister")).toList()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void requests_the_pool_registrations_refusals_by_code_and_the_outbox_are_measured_and_no_cpr_number_is_in_them() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        var jobcenter = api.som(Testkalder.jobcenter("101", "jc101-mhan"));
        String foer = api.anonym().get("/actuator/prometheus").tekst();
        double registreret = foer.contains("samtaleregister_registreringer_total ") ? vaerdi(foer, "samtaleregister_registreringer_total") : 0;

        Svar godkendt = jobcenter.post("/api/v1/samtaler", Json.objekt("cpr", cpr, "afholdt", "2024-03-01T10:15", "samtaletype", 7,
                "kontaktform", "PERSONLIGT_FREMMOEDE"));
        Svar afvist = jobcenter.post("/api/v1/samtaler", Json.objekt("cpr", cpr, "afholdt", "2024-03-02T10:15", "samtaletype", 10,
                "kontaktform", "PERSONLIGT_FREMMOEDE"));
        assertThat(godkendt.status()).isEqualTo(201);
        assertThat(afvist.status()).isEqualTo(422);

        Svar svar = api.anonym().get("/actuator/prometheus");
        assertThat(svar.status()).isEqualTo(200);
        String metrikker = svar.tekst();
        assertThat(metrikker).containsPattern("http_server_requests_seconds_bucket\\{[^}]*method=\"POST\"[^}]*status=\"201\"[^}]*uri=\"/api/v1/samtaler\"")
                .contains("hikaricp_connections_active", "samtaleregister_haendelser_unummererede ", "samtaleregister_haendelser_ikke_udgivet ")
                .containsPattern("samtaleregister_afvisninger_total\\{kode=\"SAMTALETYPE_KUN_FOR_MYNDIGHED\",type=\"REGELBRUD\"\\} [1-9]")
                .doesNotContain(cpr).doesNotContain(cpr.substring(0, 6));
        assertThat(vaerdi(metrikker, "samtaleregister_registreringer_total")).isEqualTo(registreret + 1);
    }
}
