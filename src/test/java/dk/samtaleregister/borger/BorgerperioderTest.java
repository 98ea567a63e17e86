package dk.samtaleregister.borger;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The citizen's situation through HTTP: the three kinds of period and the look-up. */
class BorgerperioderTest extends ApiTest {

    private JsonNode opslag(String cpr) {
        Svar svar = feed.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr));
        assertThat(svar.status()).isEqualTo(200);
        return svar.json();
    }

    @Test
    void a_period_starting_inside_an_open_one_ends_it_the_day_before() {
        String cpr = TestCpr.naeste();
        long foerste = feed.kontaktgruppe(cpr, 1, "2024-01-01", null).get("id").asLong();

        JsonNode anden = feed.kontaktgruppe(cpr, 6, "2024-06-01", null);

        assertThat(anden.get("afsluttedePerioder").get(0).get("id").asLong()).isEqualTo(foerste);
        assertThat(anden.get("afsluttedePerioder").get(0).get("til").asString()).isEqualTo("2024-05-31");
        JsonNode perioder = opslag(cpr).get("kontaktgruppeperioder");
        assertThat(perioder.size()).isEqualTo(2);
        assertThat(perioder.get(0).get("til").asString()).isEqualTo("2024-05-31");
        assertThat(perioder.get(1).get("kontaktgruppe").asInt()).isEqualTo(6);
        assertThat(perioder.get(1).get("til").isNull()).isTrue();
    }

    @Test
    void any_other_overlap_is_rejected_and_changes_nothing() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", "2024-06-30");
        feed.kontaktgruppe(cpr, 2, "2024-08-01", null);

        Svar inde = feed.post("/api/v1/kontaktgruppeperioder", Json.objekt("cpr", cpr, "kontaktgruppe", 3, "fra", "2024-06-01", "til", null));
        Svar sammeStart = feed.post("/api/v1/kontaktgruppeperioder", Json.objekt("cpr", cpr, "kontaktgruppe", 3, "fra", "2024-08-01", "til", null));

        assertThat(inde.status()).isEqualTo(422);
        assertThat(inde.fejlkoder()).containsExactly("PERIODE_OVERLAPPER", "PERIODE_OVERLAPPER");
        assertThat(sammeStart.fejlkoder()).containsExactly("PERIODE_OVERLAPPER");
        JsonNode perioder = opslag(cpr).get("kontaktgruppeperioder");
        assertThat(perioder.size()).isEqualTo(2);
        assertThat(perioder.get(1).get("til").isNull()).isTrue();
    }

    @Test
    void a_gap_between_periods_is_allowed() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", "2024-01-31");
        JsonNode efter = feed.kontaktgruppe(cpr, 1, "2024-02-01", null);
        assertThat(efter.get("afsluttedePerioder").size()).isZero();
    }

    @Test
    void bad_period_requests_list_every_fault() {
        Svar svar = feed.post("/api/v1/kontaktgruppeperioder", Json.objekt("cpr", "0101", "kontaktgruppe", 9, "fra", "2024-13-01", "til", null));
        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("CPR_UGYLDIGT_FORMAT", "UKENDT_KODE", "UGYLDIG_DATO");

        Svar omvendt = feed.post("/api/v1/fravaer", Json.objekt("cpr", TestCpr.naeste(), "fravaerstype", "FERIE", "fra", "2024-02-01", "til", "2024-01-31"));
        assertThat(omvendt.fejlkoder()).containsExactly("TIL_FOER_FRA");

        Svar jobcenter = feed.post("/api/v1/jobcentertilknytninger", Json.objekt("cpr", TestCpr.naeste(), "jobcenter", "1O1", "fra", "2024-01-01", "til", null));
        assertThat(jobcenter.fejlkoder()).containsExactly("UGYLDIG_MYNDIGHEDSKODE");
    }

    @Test
    void absences_may_overlap() {
        String cpr = TestCpr.naeste();
        feed.fravaer(cpr, "FERIE", "2024-03-01", "2024-03-14");
        feed.fravaer(cpr, "SYGDOM_SYGEMELDING", "2024-03-05", null);
        assertThat(opslag(cpr).get("fravaer").valueStream().map(f -> f.get("fravaerstype").asString()).toList())
                .containsExactly("FERIE", "SYGDOM_SYGEMELDING");
    }

    @Test
    void a_new_jobcenter_attachment_ends_the_open_one() {
        String cpr = TestCpr.naeste();
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        JsonNode ny = feed.jobcenter(cpr, "751", "2024-04-01", null);
        assertThat(ny.get("afsluttedePerioder").get(0).get("til").asString()).isEqualTo("2024-03-31");
        assertThat(opslag(cpr).get("jobcentertilknytninger").valueStream().map(j -> j.get("jobcenter").asString()).toList())
                .containsExactly("101", "751");
    }

    @Test
    void looking_up_an_unknown_citizen_answers_empty_lists() {
        JsonNode ukendt = opslag(TestCpr.naeste());
        assertThat(ukendt.get("kontaktgruppeperioder").size()).isZero();
        assertThat(ukendt.get("fravaer").size()).isZero();
        assertThat(ukendt.get("jobcentertilknytninger").size()).isZero();
    }
}
