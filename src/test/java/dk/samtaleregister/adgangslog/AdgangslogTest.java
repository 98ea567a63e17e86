package dk.samtaleregister.adgangslog;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The audit log through HTTP: the correlation id, what is recorded, STAR's search and export, and that nothing in it changes. */
@ExtendWith(OutputCaptureExtension.class)
class AdgangslogTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    /** STAR's auditor, who searches the log. */
    private Api star() {
        return api.som(Testkalder.star("star-revisor"));
    }

    private Api jobcenter101() {
        return api.som(jobcenter("101"));
    }

    /**
     * A citizen the feed attached to jobcenter 101 and made a member of AK12 since 2024, with a jobsamtale (7) and an
     * anden samtale ... (16) registered by jobcenter 101: five requests, each in the audit log with the citizen.
     */
    private String borgerMedSamtaler() {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.jobcenter(cpr, "101", "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        for (int type : new int[] {7, 16}) {
            Svar svar = jobcenter101().registrer(samtale(cpr).af(jobcenter("101")).type(type)
                    .afholdt(type == 7 ? "2024-03-01T10:00" : "2024-03-02T10:00"));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        }
        return cpr;
    }

    private List<Map<String, Object>> poster(String korrelationsId) {
        return jdbc.sql("select * from adgangslog where korrelations_id = ?").param(korrelationsId).query().listOfRows();
    }

    @Test
    void a_callers_uuid_correlation_id_is_kept_and_anything_else_is_replaced() {
        String cpr = borgerMedSamtaler();
        String egen = UUID.randomUUID().toString();
        Svar givet = jobcenter101().send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/samtaler/soeg"))
                .header("Content-Type", "application/json").header("X-Correlation-Id", egen)
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Json.objekt("cpr", cpr)))));
        assertThat(givet.header("X-Correlation-Id")).isEqualTo(egen);
        assertThat(poster(egen)).singleElement().satisfies(p -> {
            assertThat(p.get("cpr")).isEqualTo(cpr);
            assertThat(p.get("ident")).isEqualTo("jc101-sbh");
            assertThat(p.get("handling")).isEqualTo("POST /api/v1/samtaler/soeg");
            assertThat(p.get("udfald")).isEqualTo("GODKENDT");
        });

        Svar smuglet = jobcenter101().send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/samtaler/soeg"))
                .header("Content-Type", "application/json").header("X-Correlation-Id", cpr)
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Json.objekt("cpr", cpr)))));
        assertThat(smuglet.header("X-Correlation-Id")).isNotEqualTo(cpr).matches("[0-9a-f-]{36}");
        assertThat(poster(smuglet.header("X-Correlation-Id"))).hasSize(1);
    }

    @Test
    void a_refused_look_is_recorded_with_the_citizen() {
        String cpr = borgerMedSamtaler();
        Svar svar = api.som(jobcenter("147")).post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr));
        assertThat(svar.status()).isEqualTo(403);
        assertThat(svar.fejlkoder()).containsExactly("INGEN_ADGANG_TIL_BORGER");
        assertThat(svar.tekst()).doesNotContain(cpr);
        assertThat(poster(svar.header("X-Correlation-Id"))).singleElement().satisfies(p -> {
            assertThat(p.get("cpr")).isEqualTo(cpr);
            assertThat(p.get("myndighedskode")).isEqualTo("147");
            assertThat(p.get("udfald")).isEqualTo("NAEGTET");
            assertThat(((Number) p.get("status")).intValue()).isEqualTo(403);
        });
    }

    @Test
    void an_akasse_sees_only_the_samtaletyper_an_akasse_may_see() {
        String cpr = borgerMedSamtaler();
        Api akasse = api.som(akasse("AK12"));
        Svar soegning = akasse.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr));
        assertThat(soegning.status()).isEqualTo(200);
        assertThat(soegning.json().valueStream().map(s -> s.get("samtaletype").asInt()).toList()).containsExactly(7);
        Svar alle = jobcenter101().post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr));
        assertThat(alle.json().valueStream().map(s -> s.get("samtaletype").asInt()).toList()).containsExactly(7, 16);

        long opfoelgning = alle.json().get(1).get("samtalenummer").asLong();
        Svar skjult = akasse.get("/api/v1/samtaler/" + opfoelgning);
        assertThat(skjult.status()).isEqualTo(404);
        assertThat(skjult.fejlkoder()).containsExactly("SAMTALE_FINDES_IKKE");
        assertThat(poster(skjult.header("X-Correlation-Id"))).singleElement().satisfies(p -> assertThat(p.get("udfald")).isEqualTo("NAEGTET"));
    }

    @Test
    void star_searches_by_citizen_ident_and_days_and_the_search_is_logged_too() {
        String cpr = borgerMedSamtaler();
        jobcenter101().post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr));

        Svar svar = star().post("/api/v1/audit/soeg", Json.objekt("cpr", cpr, "ident", "jc101-sbh", "fra", "2000-01-01", "til", "2999-12-31"));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        JsonNode poster = svar.json().get("poster");
        assertThat(svar.json().get("afkortet").asBoolean()).isFalse();
        assertThat(poster.valueStream().map(p -> p.get("handling").asString()).toList())
                .containsExactly("POST /api/v1/samtaler", "POST /api/v1/samtaler", "POST /api/v1/samtaler/soeg");
        assertThat(poster.valueStream().allMatch(p -> p.get("cpr").asString().equals(cpr)
                && p.get("myndighed").get("kode").asString().equals("101") && p.get("korrelationsId").asString().length() == 36)).isTrue();

        assertThat(star().post("/api/v1/audit/soeg", Json.objekt("cpr", cpr, "til", "1999-12-31")).json().get("antal").asInt()).isZero();
        assertThat(poster(svar.header("X-Correlation-Id"))).singleElement().satisfies(p -> {
            assertThat(p.get("cpr")).isEqualTo(cpr);
            assertThat(p.get("ident")).isEqualTo("star-revisor");
            assertThat(p.get("handling")).isEqualTo("POST /api/v1/audit/soeg");
        });
    }

    @Test
    void the_export_is_csv_with_no_cpr_number_in_its_headers(CapturedOutput output) {
        String cpr = borgerMedSamtaler();
        Svar svar = star().send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/audit/soeg"))
                .header("Content-Type", "application/json").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Json.objekt("cpr", cpr)))));
        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.header("Content-Type")).startsWith("text/csv");
        assertThat(svar.header("Content-Disposition")).isEqualTo("attachment; filename=\"adgangslog.csv\"");
        svar.headers().forEach((navn, vaerdier) -> assertThat(String.join(",", vaerdier)).as(navn).doesNotContain(cpr));
        List<String> linjer = svar.tekst().lines().toList();
        assertThat(linjer.get(0)).isEqualTo("tidspunkt;korrelationsId;ident;myndighedstype;myndighedskode;cpr;handling;udfald;status;foerstePosition;sidstePosition");
        // Five requests set the citizen up; the sixth record is the export itself, logged before it streamed.
        assertThat(linjer).hasSize(1 + 6);
        assertThat(linjer.get(6)).contains(";star-revisor;STAR;STAR;" + cpr + ";POST /api/v1/audit/soeg;GODKENDT;200");
        assertThat(linjer.subList(1, linjer.size())).allSatisfy(l -> assertThat(l.split(";")[5]).isEqualTo(cpr));
        assertThat(output.getAll()).doesNotContain(cpr);
    }

    @Test
    void bad_search_fields_are_all_reported() {
        Svar svar = star().post("/api/v1/audit/soeg", Json.objekt("cpr", "12", "fra", "2024-02-01", "til", "2024-01-01"));
        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.fejlkoder()).containsExactly("CPR_UGYLDIGT_FORMAT", "TIL_FOER_FRA");
    }

    @Test
    void only_star_searches_the_log() {
        Svar svar = jobcenter101().post("/api/v1/audit/soeg", Json.objekt());
        assertThat(svar.status()).isEqualTo(403);
        assertThat(svar.fejlkoder()).containsExactly("INGEN_ADGANG");
    }

    @Test
    void when_the_look_cannot_be_logged_the_data_is_not_sent() {
        String cpr = borgerMedSamtaler();
        long samtalenummer = jobcenter101().post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr)).json().get(0).get("samtalenummer").asLong();
        jdbc.sql("alter table adgangslog rename to adgangslog_vaek").update();
        Svar svar;
        try {
            svar = jobcenter101().get("/api/v1/samtaler/" + samtalenummer);
        } finally {
            jdbc.sql("alter table adgangslog_vaek rename to adgangslog").update();
        }
        assertThat(svar.status()).isEqualTo(503);
        assertThat(svar.fejlkoder()).containsExactly("DATABASE_UTILGAENGELIG");
        assertThat(svar.header("Retry-After")).isEqualTo("5");
        assertThat(svar.header("X-Correlation-Id")).isNotBlank();
        assertThat(svar.tekst()).doesNotContain("Aftalt jobsøgning").doesNotContain(cpr);
        assertThat(jobcenter101().get("/api/v1/samtaler/" + samtalenummer).status()).isEqualTo(200);
    }

    @Test
    void audit_records_are_never_changed_or_deleted() {
        String cpr = borgerMedSamtaler();
        assertThatThrownBy(() -> jdbc.sql("update adgangslog set udfald = 'GODKENDT' where cpr = ?").param(cpr).update())
                .hasMessageContaining("only ever appended");
        assertThatThrownBy(() -> jdbc.sql("delete from adgangslog where cpr = ?").param(cpr).update())
                .hasMessageContaining("only ever appended");
        assertThatThrownBy(() -> jdbc.sql("truncate adgangslog").update()).hasMessageContaining("only ever appended");
    }

    @Test
    void an_idempotency_key_is_the_callers_own() {
        String cpr = borgerMedSamtaler();
        Map<String, Object> krop = Json.objekt("cpr", cpr, "akasse", "AK12", "fra", "2024-01-01", "til", null);
        String noegle = UUID.randomUUID().toString();
        Api feed1 = api.som(jobcenter("101", "feed-1").medRoller(Testkalder.SYSTEM));
        Api feed2 = api.som(jobcenter("101", "feed-2").medRoller(Testkalder.SYSTEM));
        Svar foerste = feed1.send(medNoegle(noegle, krop));
        Svar gentaget = feed1.send(medNoegle(noegle, krop));
        Svar anden = feed2.send(medNoegle(noegle, krop));
        assertThat(foerste.status()).as(foerste.toString()).isEqualTo(422);
        assertThat(gentaget.header("Idempotent-Replayed")).isNull();
        assertThat(anden.header("Idempotent-Replayed")).isNull();

        Map<String, Object> ny = Json.objekt("cpr", cpr, "andenAktoer", "AA7", "fra", "2024-05-01", "til", null);
        Svar oprettet = feed1.send(medNoegle(noegle + "-ny", ny).uri(URI.create(api.base() + "/api/v1/andenaktoer-henvisninger")));
        assertThat(oprettet.status()).isEqualTo(201);
        assertThat(feed1.send(medNoegle(noegle + "-ny", ny).uri(URI.create(api.base() + "/api/v1/andenaktoer-henvisninger")))
                .header("Idempotent-Replayed")).isEqualTo("true");
        Svar andenKalder = feed2.send(medNoegle(noegle + "-ny", ny).uri(URI.create(api.base() + "/api/v1/andenaktoer-henvisninger")));
        assertThat(andenKalder.header("Idempotent-Replayed")).isNull();
        assertThat(andenKalder.status()).isEqualTo(201);
    }

    private HttpRequest.Builder medNoegle(String noegle, Map<String, Object> krop) {
        return HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/akassemedlemskaber")).header("Content-Type", "application/json")
                .header("Idempotency-Key", noegle).POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(krop)));
    }
}
