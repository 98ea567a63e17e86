package dk.samtaleregister.faelles;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What operators and integrators rely on: health with the database, the OpenAPI document, Swagger UI, reference data. */
class DriftTest extends ApiTest {

    @Test
    void health_is_up_when_the_database_answers() {
        Svar svar = star.get("/actuator/health");
        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.json().get("status").asString()).isEqualTo("UP");
        assertThat(svar.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void every_operation_is_described_in_danish_and_every_request_body_has_an_example() {
        Svar svar = star.get("/v3/api-docs");
        assertThat(svar.status()).isEqualTo(200);
        JsonNode dokument = svar.json();
        assertThat(dokument.get("info").get("description").asString()).contains("afholdte samtaler");
        List<String> operationer = new ArrayList<>();
        dokument.get("paths").properties().forEach(sti -> sti.getValue().properties().forEach(metode -> {
            JsonNode operation = metode.getValue();
            String navn = metode.getKey().toUpperCase() + " " + sti.getKey();
            operationer.add(navn);
            assertThat(operation.path("summary").asString("")).as(navn).isNotBlank();
            JsonNode krop = operation.get("requestBody");
            if (krop != null) {
                JsonNode json = krop.get("content").get("application/json");
                if (json == null) {
                    // A bulk import's file: its example is text.
                    assertThat(krop.get("content").path("text/csv").path("example").asString("")).as(navn + " has a request example")
                            .isNotBlank();
                    return;
                }
                JsonNode eksempel = json.has("example") ? json.get("example") : json.path("examples");
                assertThat(eksempel.isObject() && !eksempel.isEmpty()).as(navn + " has a request example").isTrue();
            }
        }));
        assertThat(operationer).contains("POST /api/v1/samtaler", "GET /api/v1/samtaler/{samtalenummer}", "POST /api/v1/samtaler/soeg",
                "POST /api/v1/kontaktgruppeperioder", "POST /api/v1/fravaer", "POST /api/v1/jobcentertilknytninger",
                "POST /api/v1/borgere/opslag", "GET /api/v1/referencedata/regelsaet");
    }

    @Test
    void swagger_ui_is_served() {
        Svar svar = star.get("/swagger-ui/index.html");
        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.tekst()).contains("swagger-ui");
        assertThat(star.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void reference_data_lists_the_dfdg_code_lists() {
        assertThat(star.get("/api/v1/referencedata/samtaletyper").json().valueStream().map(t -> t.get("id").asInt()).toList())
                .containsExactly(4, 5, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19);
        JsonNode grupper = star.get("/api/v1/referencedata/kontaktgrupper").json();
        assertThat(grupper.size()).isEqualTo(27);
        assertThat(grupper.get(0).get("navn").asString()).isEqualTo("Dagpengemodtager");
        assertThat(star.get("/api/v1/referencedata/kontaktformer").json().valueStream().map(k -> k.get("kode").asString()).toList())
                .containsExactly("PERSONLIGT_FREMMOEDE", "TELEFONISK", "BREV", "EMAIL", "DIGITALT_MOEDE", "INGEN_DIREKTE_BORGERKONTAKT",
                        "MOEDE_DIREKTE_PAA_ARBEJDE");
        assertThat(star.get("/api/v1/referencedata/deltagelsesstatus").json().size()).isEqualTo(6);
        assertThat(star.get("/api/v1/referencedata/fravaerstyper").json().valueStream().map(f -> f.get("kode").asString()).toList())
                .contains("SYGDOM_SYGEMELDING", "UNDER_18_UDEN_FORSOERGER", "KAN_IKKE_FAA_PENSION").hasSize(10);
        assertThat(star.get("/api/v1/referencedata/myndighedstyper").json().valueStream().map(m -> m.get("kode").asString()).toList())
                .containsExactly("JOBCENTER", "AKASSE", "ANDEN_AKTOER", "STAR");
    }

    @Test
    void the_rule_sets_are_shown_as_loaded() {
        JsonNode regelsaet = star.get("/api/v1/referencedata/regelsaet").json();
        JsonNode lovlighed = regelsaet.get("lovlighed").get(0);
        assertThat(lovlighed.get("gyldigFra").asString()).isEqualTo("2017-03-01");
        assertThat(lovlighed.get("gyldigTil").isNull()).isTrue();
        JsonNode gruppe1 = lovlighed.get("regler").get(0);
        assertThat(gruppe1.get("kontaktgruppe").asInt()).isEqualTo(1);
        assertThat(gruppe1.get("rask").valueStream().map(JsonNode::asInt).toList()).containsExactlyInAnyOrder(7, 12, 10, 15, 17, 16, 9, 13);
        assertThat(gruppe1.get("syg").valueStream().map(JsonNode::asInt).toList()).containsExactlyInAnyOrder(7, 12, 4, 10, 15, 17, 16, 9, 13);
        JsonNode nulstillende = regelsaet.get("nulstillende").get(0).get("regler");
        assertThat(nulstillende.valueStream().map(n -> n.get("samtaletype").asInt()).toList()).containsExactly(4, 5, 7, 10, 15, 16, 17, 18, 19);
        assertThat(regelsaet.get("myndighedsforbehold").get(0).get("regler").size()).isEqualTo(2);
        assertThat(regelsaet.get("deltagelsesstatus").get(0).get("regler").size()).isEqualTo(3);
    }

    @Test
    void the_kontaktforloeb_krav_and_undtagelse_rules_are_shown_as_loaded_with_their_sources() {
        JsonNode regelsaet = star.get("/api/v1/referencedata/regelsaet").json();
        JsonNode krav = regelsaet.get("kontaktforloebskrav");
        assertThat(krav.size()).isEqualTo(15);
        JsonNode akasse2026 = krav.valueStream().filter(k -> k.get("kode").asString().equals("AKASSE_3M")
                && k.get("gyldigFra").asString().equals("2026-07-01")).findFirst().orElseThrow();
        assertThat(akasse2026.get("antal").asInt()).isEqualTo(2);
        assertThat(akasse2026.get("maal").asInt()).isEqualTo(75);
        assertThat(akasse2026.get("fra").asString() + "-" + akasse2026.get("til").asString()).isEqualTo("0-3M");
        assertThat(akasse2026.get("ansvarlig").asString()).isEqualTo("AKASSE");
        assertThat(krav.valueStream().allMatch(k -> k.get("kilde").asString().startsWith("https://") && !k.get("hjemmel").asString().isBlank()))
                .isTrue();
        JsonNode undtagelser = regelsaet.get("undtagelser");
        assertThat(undtagelser.valueStream().map(u -> u.get("grund").asString()).toList())
                .containsExactly("MINDRE_INTENSIV_INDSATS", "SELV_I_JOB", "SYGEDAGPENGE_KATEGORI_1", "SYGEDAGPENGE_13F");
        JsonNode selv = undtagelser.get(1);
        assertThat(selv.get("gyldigFra").asString()).isEqualTo("2026-07-01");
        assertThat(selv.get("krav").valueStream().map(JsonNode::asString).toList()).containsExactly("JOBCENTER_DAGPENGE_3M_6M", "JOBSAMTALER_6M");
    }
}
