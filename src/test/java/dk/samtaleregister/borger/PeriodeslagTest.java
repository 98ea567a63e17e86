package dk.samtaleregister.borger;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The six kinds of period share one request type: each kind takes its own code field only, a registration takes no
 * begrundelse and a correction no cpr, and every other field is refused as an unknown one (400 UKENDT_FELT), with
 * nothing stored. Each kind answers its own code field only.
 */
class PeriodeslagTest extends ApiTest {

    /** Each kind's path, its code field and a valid code, and another kind's code field. */
    static Stream<Arguments> slag() {
        return Stream.of(
                Arguments.of("kontaktgruppeperioder", "kontaktgruppe", 1, "fravaerstype", "FERIE"),
                Arguments.of("fravaer", "fravaerstype", "FERIE", "kontaktgruppe", 1),
                Arguments.of("jobcentertilknytninger", "jobcenter", "101", "akasse", "AK12"),
                Arguments.of("akassemedlemskaber", "akasse", "AK12", "andenAktoer", "AA7"),
                Arguments.of("andenaktoer-henvisninger", "andenAktoer", "AA7", "jobcenter", "101"),
                Arguments.of("undtagelser", "grund", "SELV_I_JOB", "fravaerstype", "FERIE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slag")
    void a_kind_takes_its_own_code_field_and_answers_only_that(String samling, String kodefelt, Object kode, String fremmed,
                                                               Object fremmedKode) {
        String cpr = TestCpr.naeste();
        Svar anden = feed.post("/api/v1/" + samling, Json.objekt("cpr", cpr, kodefelt, kode, fremmed, fremmedKode, "fra", "2024-01-01"));
        Svar begrundelse = feed.post("/api/v1/" + samling, Json.objekt("cpr", cpr, kodefelt, kode, "fra", "2024-01-01",
                "begrundelse", "Ikke ved registrering."));

        assertThat(anden.status()).isEqualTo(400);
        assertThat(anden.json().get("fejl").get(0).get("felt").asString()).isEqualTo(fremmed);
        assertThat(anden.fejlkoder()).containsExactly("UKENDT_FELT");
        assertThat(begrundelse.status()).isEqualTo(400);
        assertThat(begrundelse.fejlkoder()).containsExactly("UKENDT_FELT");
        assertThat(feed.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr)).json().properties().stream()
                .filter(felt -> felt.getValue().isArray()).allMatch(felt -> felt.getValue().isEmpty())).isTrue();

        Svar oprettet = feed.post("/api/v1/" + samling, Json.objekt("cpr", cpr, kodefelt, kode, "fra", "2024-01-01"));
        assertThat(oprettet.status()).isEqualTo(201);
        JsonNode svar = oprettet.json();
        assertThat(svar.get(kodefelt).asString()).isEqualTo(String.valueOf(kode));
        assertThat(svar.has(fremmed)).isFalse();
        assertThat(svar.has("til")).as("an open period answers til: null").isTrue();
        long id = svar.get("id").asLong();

        Svar rettetMedFremmed = feed.send(HttpRequest.newBuilder(URI.create(feed.base() + "/api/v1/" + samling + "/" + id))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(
                        Json.objekt(kodefelt, kode, fremmed, fremmedKode, "fra", "2024-01-01")))));
        assertThat(rettetMedFremmed.status()).isEqualTo(400);
        assertThat(rettetMedFremmed.fejlkoder()).containsExactly("UKENDT_FELT");
        assertThat(feed.get("/api/v1/" + samling + "/" + id).header("ETag")).isEqualTo("\"1\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slag")
    void only_the_kinds_where_one_period_holds_at_a_time_answer_the_periods_they_ended(String samling, String kodefelt, Object kode,
                                                                                      String fremmed, Object fremmedKode) {
        JsonNode svar = feed.post("/api/v1/" + samling, Json.objekt("cpr", TestCpr.naeste(), kodefelt, kode, "fra", "2024-01-01")).json();

        boolean enAdGangen = List.of("kontaktgruppeperioder", "jobcentertilknytninger", "akassemedlemskaber").contains(samling);
        assertThat(svar.has("afsluttedePerioder")).isEqualTo(enAdGangen);
        assertThat(svar.has("kontaktgruppenavn")).isEqualTo("kontaktgruppe".equals(kodefelt));
        assertThat(svar.get("version").asInt()).isEqualTo(1);
    }
}
