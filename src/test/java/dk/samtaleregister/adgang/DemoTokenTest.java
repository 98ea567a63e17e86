package dk.samtaleregister.adgang;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import java.text.ParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo mode's token endpoint: open to anyone, a token with the claims a real identity provider would give. */
class DemoTokenTest extends ApiTest {

    private Svar token(Object krop) {
        return api.anonym().post(Api.DEMO_TOKEN, krop);
    }

    @Test
    void a_valid_request_gets_a_bearer_token_for_an_hour_without_a_token_of_its_own() throws ParseException {
        Svar svar = token(Json.objekt("myndighed", Json.objekt("type", "JOBCENTER", "kode", "101"), "sagsbehandler", "jc101-mhan",
                "roller", List.of("SYSTEM")));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.header("Content-Type")).startsWith("application/json");
        assertThat(svar.header("Cache-Control")).contains("no-store");
        JsonNode krop = svar.json();
        assertThat(krop.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(krop.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(krop.properties()).extracting(e -> e.getKey()).containsExactlyInAnyOrder("access_token", "token_type", "expires_in");

        SignedJWT token = SignedJWT.parse(krop.get("access_token").asString());
        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        JWTClaimsSet krav = token.getJWTClaimsSet();
        assertThat(krav.getIssuer()).isEqualTo("samtaleregister-demo");
        assertThat(krav.getAudience()).containsExactly("samtaleregister");
        assertThat(krav.getSubject()).isEqualTo("jc101-mhan");
        assertThat(krav.getStringClaim("preferred_username")).isEqualTo("jc101-mhan");
        assertThat(krav.getStringClaim("myndighedstype")).isEqualTo("JOBCENTER");
        assertThat(krav.getStringClaim("myndighedskode")).isEqualTo("101");
        assertThat(krav.getStringListClaim("roller")).containsExactly("SYSTEM");
        assertThat(krav.getJWTID()).isNotBlank();
        assertThat(krav.getNotBeforeTime()).isEqualTo(krav.getIssueTime());
        assertThat(krav.getExpirationTime().getTime() - krav.getIssueTime().getTime()).isEqualTo(3_600_000L);
    }

    @Test
    void the_token_opens_the_api_and_every_token_is_its_own() {
        Svar foerste = token(Json.objekt("myndighed", Json.objekt("type", "STAR", "kode", "STAR"), "sagsbehandler", "star-1"));
        Svar anden = token(Json.objekt("myndighed", Json.objekt("type", "STAR", "kode", "STAR"), "sagsbehandler", "star-1"));
        String token = foerste.json().get("access_token").asString();

        assertThat(api.medToken(token).get("/api/v1/referencedata/samtaletyper").status()).isEqualTo(200);
        assertThat(api.anonym().get("/api/v1/referencedata/samtaletyper").status()).isEqualTo(401);
        assertThat(anden.json().get("access_token").asString()).as("a new jti each time").isNotEqualTo(token);
    }

    @Test
    void without_roles_the_token_carries_an_empty_list() throws ParseException {
        Svar svar = token(Json.objekt("myndighed", Json.objekt("type", "AKASSE", "kode", "AK12"), "sagsbehandler", "ak12-sbh"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(SignedJWT.parse(svar.json().get("access_token").asString()).getJWTClaimsSet().getStringListClaim("roller")).isEmpty();
    }

    @Test
    void every_violation_is_listed_with_its_field() {
        Svar svar = token(Json.objekt("myndighed", Json.objekt("type", "KOMMUNE", "kode", "101"), "sagsbehandler", "x".repeat(51),
                "roller", List.of("SYSTEM", "ADMIN")));

        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        assertThat(svar.json().get("fejl").valueStream().map(f -> f.get("kode").asString() + " " + f.get("felt").asString()).toList())
                .containsExactly("UKENDT_KODE myndighed.type", "FOR_LANG sagsbehandler", "UKENDT_KODE roller[1]");
    }

    @Test
    void missing_fields_are_named() {
        Svar tom = token(Json.objekt());
        Svar udenMyndighedskode = token(Json.objekt("myndighed", Json.objekt("type", "JOBCENTER"), "sagsbehandler", " ", "roller", List.of()));

        assertThat(tom.status()).isEqualTo(422);
        assertThat(tom.json().get("fejl").valueStream().map(f -> f.get("kode").asString() + " " + f.get("felt").asString()).toList())
                .containsExactly("FELT_MANGLER myndighed.type", "FELT_MANGLER myndighed.kode", "FELT_MANGLER sagsbehandler");
        assertThat(udenMyndighedskode.json().get("fejl").valueStream().map(f -> f.get("kode").asString() + " " + f.get("felt").asString()).toList())
                .containsExactly("FELT_MANGLER myndighed.kode", "FELT_MANGLER sagsbehandler");
    }

    @Test
    void an_authority_kode_must_fit_its_type() {
        Svar jobcenter = token(Json.objekt("myndighed", Json.objekt("type", "JOBCENTER", "kode", "12"), "sagsbehandler", "a"));
        Svar star = token(Json.objekt("myndighed", Json.objekt("type", "STAR", "kode", "STYRELSEN"), "sagsbehandler", "a"));

        assertThat(jobcenter.status()).isEqualTo(422);
        assertThat(jobcenter.fejlkoder()).containsExactly("UGYLDIG_MYNDIGHEDSKODE");
        assertThat(star.fejlkoder()).containsExactly("UGYLDIG_MYNDIGHEDSKODE");
    }

    @Test
    void an_unknown_field_or_a_body_that_is_not_json_is_a_bad_request() {
        Svar ukendt = token(Json.objekt("myndighed", Json.objekt("type", "STAR", "kode", "STAR"), "sagsbehandler", "a", "udloeb", 99999));
        Svar ikkeJson = api.anonym().post(Api.DEMO_TOKEN, "{");

        assertThat(ukendt.status()).isEqualTo(400);
        assertThat(ukendt.fejlkoder()).containsExactly("UKENDT_FELT");
        assertThat(ikkeJson.status()).isEqualTo(400);
        assertThat(ikkeJson.fejlkoder()).containsExactly("UGYLDIG_JSON");
    }

    @Test
    void the_openapi_document_offers_bearer_authorization_and_shows_the_demo_endpoint_open() {
        JsonNode dokument = api.anonym().get("/v3/api-docs").json();

        JsonNode ordning = dokument.get("components").get("securitySchemes").get("bearer");
        assertThat(ordning.get("type").asString()).isEqualTo("http");
        assertThat(ordning.get("scheme").asString()).isEqualTo("bearer");
        assertThat(ordning.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(dokument.get("security").get(0).has("bearer")).isTrue();
        JsonNode demo = dokument.get("paths").get(Api.DEMO_TOKEN).get("post");
        assertThat(demo.get("summary").asString()).isEqualTo("Udsted et demo-adgangstoken");
        assertThat(demo.get("security").isArray() && demo.get("security").isEmpty()).as("open without a token").isTrue();
    }
}
