package dk.samtaleregister.kontaktforloeb;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.TestCpr;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The rettidighed report through HTTP on the real database. Other tests share the database, so every assertion is
 * about jobcentre only this test uses (901, 902). The krav are judged as of today, long after 2024.
 */
class RettidighedsrapportTest extends ApiTest {

    private static final String FEBRUAR = "/api/v1/rapporter/rettidighed?fra=2024-02-01&til=2024-02-29";

    private static boolean klargjort;
    private static final List<String> CPR = new java.util.ArrayList<>();

    /** Two sygedagpenge citizens in 901 (one seen in person in time, one not) and one in 902; set up once. */
    @BeforeEach
    void borgere() {
        synchronized (RettidighedsrapportTest.class) {
            if (klargjort) {
                return;
            }
            String sett = TestCpr.naeste();
            feed.kontaktgruppe(sett, 6, "2024-01-01", null);
            feed.jobcenter(sett, "901", "2024-01-01", null);
            Svar registreret = api.som(jobcenter("901")).registrer(samtale(sett).type(4).af(jobcenter("901")).afholdt("2024-02-20T10:00"));
            assertThat(registreret.status()).as(registreret.toString()).isEqualTo(201);

            String ikkeSett = TestCpr.naeste();
            feed.kontaktgruppe(ikkeSett, 6, "2024-01-01", null);
            feed.jobcenter(ikkeSett, "901", "2024-01-01", null);

            String andetJobcenter = TestCpr.naeste();
            feed.kontaktgruppe(andetJobcenter, 6, "2024-01-01", null);
            feed.jobcenter(andetJobcenter, "902", "2024-01-01", null);
            CPR.addAll(List.of(sett, ikkeSett, andetJobcenter));
            klargjort = true;
        }
    }

    private JsonNode json(String sti) {
        Svar svar = star.get(sti);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.header("Content-Type")).startsWith("application/json");
        return svar.json();
    }

    private static JsonNode linje(JsonNode rapport, String jobcenter, String kode) {
        return rapport.get("krav").valueStream()
                .filter(l -> jobcenter.equals(l.get("jobcenter").asString(null)) && l.get("krav").asString().equals(kode))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + jobcenter + " " + kode + " in " + rapport));
    }

    @Test
    void the_krav_with_frist_in_the_period_are_counted_per_jobcenter_kontaktgruppe_and_krav() {
        JsonNode rapport = json(FEBRUAR + "&jobcenter=901");

        assertThat(rapport.get("fra").asString()).isEqualTo("2024-02-01");
        assertThat(rapport.get("til").asString()).isEqualTo("2024-02-29");
        assertThat(rapport.get("jobcenter").asString()).isEqualTo("901");
        assertThat(rapport.get("pr").asString()).isNotBlank();
        // Only FOERSTE_OPFOELGNING_8US has its frist (2024-02-25) in February; OPFOELGNING_6M (2024-06-30) does not.
        assertThat(rapport.get("krav").size()).as(rapport.toString()).isEqualTo(1);
        JsonNode foerste = linje(rapport, "901", "FOERSTE_OPFOELGNING_8US");
        assertThat(foerste.get("kontaktgruppe").asInt()).isEqualTo(6);
        assertThat(foerste.get("forfaldne").asLong()).isEqualTo(2);
        assertThat(foerste.get("opfyldt").asLong()).isEqualTo(1);
        assertThat(foerste.get("ikkeOpfyldt").asLong()).isEqualTo(1);
        assertThat(foerste.get("aaben").asLong()).isZero();
        assertThat(foerste.get("andelOpfyldt").asDouble()).isEqualTo(0.5);
        assertThat(rapport.toString()).doesNotContain(CPR);
    }

    @Test
    void a_longer_period_takes_the_six_month_krav_too_and_without_a_filter_every_jobcenter_is_reported() {
        JsonNode rapport = json("/api/v1/rapporter/rettidighed?fra=2024-01-01&til=2024-12-31");

        JsonNode seks = linje(rapport, "901", "OPFOELGNING_6M");
        assertThat(seks.get("forfaldne").asLong()).isEqualTo(2);
        assertThat(seks.get("opfyldt").asLong()).isZero();
        assertThat(seks.get("ikkeOpfyldt").asLong()).isEqualTo(2);
        assertThat(seks.get("andelOpfyldt").asDouble()).isZero();
        JsonNode andet = linje(rapport, "902", "FOERSTE_OPFOELGNING_8US");
        assertThat(andet.get("forfaldne").asLong()).isEqualTo(1);
        assertThat(andet.get("ikkeOpfyldt").asLong()).isEqualTo(1);
        assertThat(linje(rapport, "901", "FOERSTE_OPFOELGNING_8US").get("forfaldne").asLong()).isEqualTo(2);
    }

    @Test
    void held_conversations_are_counted_per_jobcenter_by_kontaktform_group() {
        JsonNode samtaler = json(FEBRUAR + "&jobcenter=901").get("samtaler");

        assertThat(samtaler.size()).isEqualTo(1);
        JsonNode tal = samtaler.get(0);
        assertThat(tal.get("jobcenter").asString()).isEqualTo("901");
        assertThat(tal.get("personligt").asLong()).isEqualTo(1);
        assertThat(tal.get("telefon").asLong()).isZero();
        assertThat(tal.get("video").asLong()).isZero();
        assertThat(tal.get("andet").asLong()).isZero();
        assertThat(tal.get("iAlt").asLong()).isEqualTo(1);
        // Held 2024-02-20: not in March.
        assertThat(json("/api/v1/rapporter/rettidighed?fra=2024-03-01&til=2024-03-31&jobcenter=901").get("samtaler").size()).isZero();
        // 902 held none.
        assertThat(json(FEBRUAR + "&jobcenter=902").get("samtaler").size()).isZero();
    }

    @Test
    void with_accept_text_csv_the_krav_rows_come_as_semicolon_separated_utf8_without_cpr() {
        Svar svar = star.send(HttpRequest.newBuilder(URI.create(baseUrl() + FEBRUAR + "&jobcenter=901")).header("Accept", "text/csv").GET());

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.header("Content-Type")).startsWithIgnoringCase("text/csv").containsIgnoringCase("charset=utf-8");
        assertThat(svar.tekst().split("\r\n")).containsExactly(
                "jobcenter;kontaktgruppe;krav;maal;forfaldne;opfyldt;ikkeOpfyldt;aaben;undtaget;andelOpfyldt;maalNaaet;undtagetSelvIJob;"
                        + "andelSelvIJob;selvIJobOverGraensen;taltePersonligt;talteTelefon;talteDigitalt;talteAndet",
                "901;6;FOERSTE_OPFOELGNING_8US;;2;1;1;0;0;0,5;;0;0;nej;1;0;0;0");
        assertThat(svar.tekst()).doesNotContain(CPR);
    }

    @Test
    void json_is_the_default_and_is_chosen_when_preferred() {
        Svar svar = star.send(HttpRequest.newBuilder(URI.create(baseUrl() + FEBRUAR + "&jobcenter=901"))
                .header("Accept", "application/json, text/csv;q=0.5").GET());
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void missing_fields_are_reported_together_as_422() {
        Svar svar = star.get("/api/v1/rapporter/rettidighed");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("FELT_MANGLER", "FELT_MANGLER");
    }

    @Test
    void bad_dates_and_a_bad_jobcenter_are_reported_together_as_422() {
        Svar svar = star.get("/api/v1/rapporter/rettidighed?fra=2024-02-30&til=2024-03-01&jobcenter=9x");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("UGYLDIG_DATO", "UGYLDIG_MYNDIGHEDSKODE");
    }

    @Test
    void til_before_fra_is_422() {
        Svar svar = star.get("/api/v1/rapporter/rettidighed?fra=2024-03-01&til=2024-02-29&jobcenter=901");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("TIL_FOER_FRA");
    }
}
