package dk.samtaleregister.eksport;

import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.Testkalder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What an export is asked with, and what the audit log keeps of it: both days are required and checked, every fault
 * is told at once and nothing is exported; an export is one record naming the caller, the kind and the days.
 */
class EksportParametreOgAdgangslogTest extends ApiTest {

    private static final Testkalder JC811 = jobcenter("811", "jc811-eksport");

    @Autowired
    private JdbcClient jdbc;

    private List<Map<String, Object>> poster(Svar svar) {
        return jdbc.sql("select * from adgangslog where korrelations_id = ?").param(svar.header("X-Correlation-Id")).query().listOfRows();
    }

    private static void afvistUdenFil(Svar svar, String... fejlkoder) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(422);
        assertThat(svar.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(svar.header("Content-Disposition")).isNull();
        assertThat(svar.fejlkoder()).containsExactly(fejlkoder);
    }

    @Test
    void both_days_are_required_and_every_fault_is_answered_at_once_with_nothing_exported() {
        Svar uden = api.som(JC811).get("/api/v1/eksport/samtaler");
        afvistUdenFil(uden, "FELT_MANGLER", "FELT_MANGLER");
        assertThat(uden.json().get("fejl")).extracting(f -> f.get("felt").asString()).containsExactly("fra", "til");

        afvistUdenFil(api.som(JC811).get("/api/v1/eksport/samtaler?fra=&til=2024-01-01"), "FELT_MANGLER");
        afvistUdenFil(api.som(JC811).get("/api/v1/eksport/fravaer?fra=2024-02-30&til=1.1.2024"), "UGYLDIG_DATO", "UGYLDIG_DATO");
        afvistUdenFil(api.som(JC811).get("/api/v1/eksport/undtagelser?fra=2024-12-31&til=2024-01-01"), "TIL_FOER_FRA");
        afvistUdenFil(api.som(JC811).get("/api/v1/eksport/kontaktgruppeperioder?til=2024-01-01"), "FELT_MANGLER");
    }

    @Test
    void a_day_is_yyyy_mm_dd_with_a_four_digit_year_from_0001() {
        afvistUdenFil(star.get("/api/v1/eksport/samtaler?fra=0000-01-01&til=%2B10000-01-01"), "UGYLDIG_DATO", "UGYLDIG_DATO");
        afvistUdenFil(star.get("/api/v1/eksport/samtaler?fra=2024-1-1&til=20240101"), "UGYLDIG_DATO", "UGYLDIG_DATO");

        Svar alt = star.get("/api/v1/eksport/jobcentertilknytninger?fra=0001-01-01&til=9999-12-31");
        assertThat(alt.status()).as(alt.toString()).isEqualTo(200);
        assertThat(star.get("/api/v1/eksport/samtaler?fra=0001-01-01&til=0001-01-01").tekst()).startsWith("samtalenummer;");
        assertThat(star.get("/api/v1/eksport/samtaler?fra=9999-12-31&til=9999-12-31").status()).isEqualTo(200);
    }

    @Test
    void a_refused_export_is_one_record_of_its_refusal_without_the_days() {
        Svar svar = api.som(JC811).get("/api/v1/eksport/samtaler?fra=2024-12-31&til=2024-01-01");

        List<Map<String, Object>> poster = poster(svar);
        assertThat(poster).hasSize(1);
        assertThat(poster.get(0)).containsEntry("handling", "GET /api/v1/eksport/samtaler").containsEntry("udfald", "AFVIST");
    }

    @Test
    void a_kind_that_is_no_collection_of_periods_is_not_found() {
        Svar svar = star.get("/api/v1/eksport/borgere?fra=2024-01-01&til=2024-12-31");

        assertThat(svar.status()).isEqualTo(404);
        assertThat(svar.fejlkoder()).containsExactly("RESSOURCE_FINDES_IKKE");
    }

    @Test
    void an_export_is_one_audit_record_naming_the_caller_the_kind_and_the_days_and_no_citizen() {
        for (String slag : List.of("samtaler", "kontaktgruppeperioder", "fravaer", "jobcentertilknytninger", "akassemedlemskaber",
                "andenaktoer-henvisninger", "undtagelser")) {
            Svar svar = api.som(JC811).get("/api/v1/eksport/" + slag + "?fra=2024-01-01&til=2024-12-31");
            assertThat(svar.status()).as(svar.toString()).isEqualTo(200);

            List<Map<String, Object>> poster = poster(svar);
            assertThat(poster).as(slag).hasSize(1);
            assertThat(poster.get(0)).containsEntry("handling", "GET /api/v1/eksport/" + slag + "?fra=2024-01-01&til=2024-12-31")
                    .containsEntry("ident", JC811.ident()).containsEntry("myndighedstype", "JOBCENTER").containsEntry("myndighedskode", "811")
                    .containsEntry("cpr", null).containsEntry("udfald", "GODKENDT");
            assertThat(((Number) poster.get(0).get("status")).intValue()).isEqualTo(200);
        }
    }

    @Test
    void an_export_whose_audit_record_cannot_be_written_sends_no_file() {
        Testkalder uskrevet = jobcenter("811", "jc811-uden-log");
        // A record the database refuses (by a check this test adds for one ident) is an unexpected fault: 500, and no file.
        jdbc.sql("alter table adgangslog add constraint eksporttest_uden_log check (ident <> 'jc811-uden-log') not valid").update();
        try {
            Svar svar = api.som(uskrevet).get("/api/v1/eksport/samtaler?fra=2024-01-01&til=2024-12-31");

            assertThat(svar.status()).as(svar.toString()).isEqualTo(500);
            assertThat(svar.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(svar.header("Content-Disposition")).isNull();
            assertThat(svar.tekst()).doesNotContain("samtalenummer");
        } finally {
            jdbc.sql("alter table adgangslog drop constraint eksporttest_uden_log").update();
        }
    }

    @Test
    void star_finds_the_exports_by_caller_in_the_audit_log() {
        Svar eksport = api.som(JC811).get("/api/v1/eksport/samtaler?fra=2023-01-01&til=2023-01-31");

        Svar soegning = star.post("/api/v1/audit/soeg", Json.objekt("ident", JC811.ident()));

        assertThat(soegning.status()).isEqualTo(200);
        List<JsonNode> fundne = soegning.json().get("poster").valueStream()
                .filter(p -> p.get("korrelationsId").asString().equals(eksport.header("X-Correlation-Id"))).toList();
        assertThat(fundne).hasSize(1);
        assertThat(fundne.get(0).get("handling").asString()).isEqualTo("GET /api/v1/eksport/samtaler?fra=2023-01-01&til=2023-01-31");
    }
}
