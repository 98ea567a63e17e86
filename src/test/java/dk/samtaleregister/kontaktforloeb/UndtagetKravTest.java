package dk.samtaleregister.kontaktforloeb;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * An undtagelse registered through the API makes a krav not met UNDTAGET in the citizen's kontaktforløb and counts it
 * apart in the rettidighed report, for the krav its grund applies to (regler/undtagelser.csv) and no other.
 */
class UndtagetKravTest extends ApiTest {

    /** Per grund: a kontaktgruppe, a forløb start, a krav it exempts with its frist, and one it does not. */
    static Stream<Arguments> grunde() {
        return Stream.of(
                Arguments.of("MINDRE_INTENSIV_INDSATS", 2, "2024-03-01", "FOERSTE_JOBSAMTALE_1U", "2024-03-08", null),
                Arguments.of("SELV_I_JOB", 2, "2026-07-01", "JOBSAMTALER_6M", "2026-12-31", "FOERSTE_JOBSAMTALE_1U"),
                Arguments.of("SYGEDAGPENGE_KATEGORI_1", 6, "2024-03-01", "FOERSTE_OPFOELGNING_8US", "2024-04-25", null),
                Arguments.of("SYGEDAGPENGE_13F", 6, "2025-03-03", "OPFOELGNING_6M", "2025-09-02", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grunde")
    void an_applicable_undtagelse_covering_the_frist_makes_the_krav_undtaget(String grund, int gruppe, String start, String kode,
                                                                             String frist, String ikkeUndtaget) {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, gruppe, start, null);
        feed.jobcenter(cpr, "101", start, null);
        JsonNode foer = krav(cpr, kode, "2027-01-01");
        assertThat(foer.get("frist").asString()).isEqualTo(frist);
        assertThat(foer.get("status").asString()).isEqualTo("IKKE_OPFYLDT");

        feed.undtagelse(cpr, grund, start, null);

        JsonNode efter = krav(cpr, kode, "2027-01-01");
        assertThat(efter.get("status").asString()).isEqualTo("UNDTAGET");
        assertThat(efter.get("undtagelsesgrund").asString()).isEqualTo(grund);
        if (ikkeUndtaget != null) {
            assertThat(krav(cpr, ikkeUndtaget, "2027-01-01").get("status").asString()).isEqualTo("IKKE_OPFYLDT");
        }
        Svar rapport = api.som(Testkalder.jobcenter("101")).send(HttpRequest.newBuilder(URI.create(baseUrl()
                + "/api/v1/rapporter/rettidighed?fra=" + frist + "&til=" + frist + "&jobcenter=101")).GET());
        assertThat(rapport.status()).as(rapport.toString()).isEqualTo(200);
        JsonNode linje = rapport.json().get("krav").valueStream().filter(l -> l.get("krav").asString().equals(kode)
                && l.get("kontaktgruppe").asInt() == gruppe).findFirst().orElseThrow();
        assertThat(linje.get("undtaget").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(linje.get("undtagetSelvIJob").asLong() > 0).isEqualTo(grund.equals("SELV_I_JOB"));
    }

    private JsonNode krav(String cpr, String kode, String pr) {
        Svar svar = star.post("/api/v1/kontaktforloeb", Json.objekt("cpr", cpr, "pr", pr));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.json().get("kontaktforloeb").get(0).get("krav").valueStream().filter(k -> k.get("kode").asString().equals(kode))
                .findFirst().orElseThrow(() -> new AssertionError("no krav " + kode + " in " + svar));
    }
}
