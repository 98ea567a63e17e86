package dk.samtaleregister.adgang;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every token the service must refuse is answered 401 in the one error format, with WWW-Authenticate, before any
 * handler runs: a write sent with it leaves nothing behind. The token is neither echoed nor logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class TokenafvisningTest extends ApiTest {

    /** The demo mode's own signing key: a token signed with it passes the signature check, and must fail on the rest. */
    @Autowired
    private RSAKey demonoegle;

    private static final String ISSUER = "samtaleregister-demo";
    private static final String AUDIENCE = "samtaleregister";

    private String medServicensNoegle(JWTClaimsSet krav) {
        return Testtoken.signeret(demonoegle, krav);
    }

    private JWTClaimsSet.Builder gyldige() {
        return Testtoken.krav(ISSUER, AUDIENCE);
    }

    /** The tokens to refuse, by name. */
    private Map<String, String> fjendtligeTokens() {
        Instant nu = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", medServicensNoegle(gyldige().issueTime(Date.from(nu.minus(Duration.ofHours(2))))
                .notBeforeTime(Date.from(nu.minus(Duration.ofHours(2)))).expirationTime(Date.from(nu.minusSeconds(120))).build()));
        tokens.put("not yet valid", medServicensNoegle(gyldige().notBeforeTime(Date.from(nu.plusSeconds(120))).build()));
        tokens.put("without exp", medServicensNoegle(gyldige().expirationTime(null).build()));
        tokens.put("signed with another key", Testtoken.signeret(Testtoken.nyEcNoegle(), gyldige().build()));
        tokens.put("another key under the service's kid", Testtoken.signeret(
                new RSAKey.Builder(Testtoken.nyRsaNoegle()).keyID(demonoegle.getKeyID()).build(), gyldige().build()));
        tokens.put("RS256 with a key of its own", Testtoken.signeret(Testtoken.nyRsaNoegle(), gyldige().build()));
        tokens.put("HS256", Testtoken.hmac(demonoegle.getKeyID(), gyldige().build()));
        tokens.put("alg none", Testtoken.usigneret(gyldige().build()));
        tokens.put("wrong issuer", medServicensNoegle(gyldige().issuer("https://login.example.dk/realms/andet").build()));
        tokens.put("wrong audience", medServicensNoegle(gyldige().audience("et-andet-system").build()));
        tokens.put("no audience", medServicensNoegle(gyldige().audience((String) null).build()));
        tokens.put("unknown authority type", medServicensNoegle(gyldige().claim("myndighedstype", "KOMMUNE").build()));
        tokens.put("bad authority kode", medServicensNoegle(gyldige().claim("myndighedskode", "12").build()));
        tokens.put("no authority", medServicensNoegle(gyldige().claim("myndighedstype", null).claim("myndighedskode", null).build()));
        tokens.put("ident too long", medServicensNoegle(gyldige().subject("x".repeat(51)).claim("preferred_username", "x".repeat(51)).build()));
        tokens.put("no ident", medServicensNoegle(gyldige().subject(null).claim("preferred_username", null).build()));
        String gyldigt = medServicensNoegle(gyldige().build());
        tokens.put("signature tampered with", gyldigt.substring(0, gyldigt.length() - 4) + (gyldigt.endsWith("AAAA") ? "BBBB" : "AAAA"));
        tokens.put("claims swapped under a valid signature", bytPayload(gyldigt, medServicensNoegle(gyldige().claim("myndighedstype", "STAR")
                .claim("myndighedskode", "STAR").build())));
        tokens.put("garbled", "dette.er.ikke-et-token");
        tokens.put("not even three parts", "kun-en-del-af-et-token");
        return tokens;
    }

    /** The header and signature of one token around the claims of another. */
    private static String bytPayload(String token, String andet) {
        String[] dele = token.split("\\.");
        return dele[0] + "." + andet.split("\\.")[1] + "." + dele[2];
    }

    @Test
    void a_request_without_a_token_is_401_with_a_bare_bearer_challenge() {
        Svar svar = api.anonym().get("/api/v1/referencedata/samtaletyper");

        assertThat(svar.status()).isEqualTo(401);
        assertThat(svar.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
        assertThat(svar.fejlkoder()).containsExactly("IKKE_AUTENTIFICERET");
        assertThat(svar.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void a_valid_token_signed_by_the_service_itself_is_accepted() {
        assertThat(api.medToken(medServicensNoegle(gyldige().build())).get("/api/v1/referencedata/samtaletyper").status()).isEqualTo(200);
        // Within the 30 s the clocks may disagree.
        Instant nu = Instant.now();
        assertThat(api.medToken(medServicensNoegle(gyldige().issueTime(Date.from(nu.minusSeconds(3600))).notBeforeTime(Date.from(nu.plusSeconds(10)))
                .expirationTime(Date.from(nu.minusSeconds(10))).build())).get("/api/v1/referencedata/samtaletyper").status()).isEqualTo(200);
    }

    @Test
    void every_hostile_token_is_refused_before_any_handler_and_nothing_is_written(CapturedOutput log) {
        Map<String, String> cprPrToken = new LinkedHashMap<>();
        fjendtligeTokens().forEach((navn, token) -> {
            String cpr = TestCpr.naeste();
            cprPrToken.put(navn, cpr);
            Svar svar = api.medToken(token).post("/api/v1/kontaktgruppeperioder",
                    Json.objekt("cpr", cpr, "kontaktgruppe", 1, "fra", "2024-01-01", "til", null));

            assertThat(svar.status()).as(navn + ": " + svar).isEqualTo(401);
            assertThat(svar.header("WWW-Authenticate")).as(navn).isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(svar.header("Content-Type")).as(navn).startsWith("application/problem+json");
            assertThat(svar.fejlkoder()).as(navn).containsExactly("IKKE_AUTENTIFICERET");
            assertThat(svar.tekst()).as(navn).doesNotContain(token);
            assertThat(log.getAll()).as(navn + " is not logged").doesNotContain(token);
        });

        cprPrToken.forEach((navn, cpr) -> assertThat(star.post("/api/v1/borgere/opslag", Json.objekt("cpr", cpr)).json()
                .get("kontaktgruppeperioder")).as(navn + " wrote nothing").isEmpty());
        assertThat(log.getAll()).contains("Refused a bearer token on POST /api/v1/kontaktgruppeperioder");
    }

    @Test
    void a_malformed_authorization_header_or_a_token_in_the_query_is_refused() {
        // Each request carries only the Authorization header it sets itself.
        Svar mellemrum = api.anonym().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/referencedata/samtaletyper"))
                .header("Authorization", "Bearer to dele").GET());
        Svar tom = api.anonym().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/referencedata/samtaletyper"))
                .header("Authorization", "Bearer ").GET());
        Svar basic = api.anonym().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/referencedata/samtaletyper"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").GET());
        String token = api.token(Testkalder.star());
        Svar iAdressen = api.anonym().get("/api/v1/referencedata/samtaletyper?access_token=" + token);

        assertThat(List.of(mellemrum, tom, basic, iAdressen)).allSatisfy(svar -> {
            assertThat(svar.status()).as(svar.toString()).isEqualTo(401);
            assertThat(svar.fejlkoder()).containsExactly("IKKE_AUTENTIFICERET");
            assertThat(svar.header("WWW-Authenticate")).startsWith("Bearer");
        });
    }

    @Test
    void health_the_openapi_document_and_swagger_ui_open_without_a_token_and_nothing_else_does() {
        Api anonym = api.anonym();

        assertThat(anonym.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonym.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonym.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(anonym.get("/v3/api-docs/swagger-config").status()).isEqualTo(200);
        assertThat(anonym.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(anonym.get("/swagger-ui.html").status()).isIn(200, 302);
        assertThat(anonym.get("/api/v1/samtaler/1").status()).isEqualTo(401);
        assertThat(anonym.post("/api/v1/samtaler/soeg", Json.objekt("cpr", TestCpr.naeste())).status()).isEqualTo(401);
        assertThat(anonym.get("/findes/ikke").status()).as("an unknown address tells nothing without a token").isEqualTo(401);
        assertThat(anonym.get("/actuator/info").status()).isEqualTo(401);
    }

    @Test
    void with_a_token_an_unknown_address_is_404_as_before() {
        Svar svar = star.get("/findes/ikke");

        assertThat(svar.status()).isEqualTo(404);
        assertThat(svar.fejlkoder()).containsExactly("RESSOURCE_FINDES_IKKE");
    }

    @Test
    void no_session_cookie_is_ever_set() {
        Svar svar = star.get("/api/v1/referencedata/samtaletyper");

        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.header("Set-Cookie")).isNull();
    }
}
