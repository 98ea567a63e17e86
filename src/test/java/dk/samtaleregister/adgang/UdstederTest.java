package dk.samtaleregister.adgang;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import dk.samtaleregister.adgang.application.Kaldere;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Production mode: an issuer is configured, and its keys are fetched over real HTTP from a JWK set served by a
 * small server in this test, as an identity provider would serve them. Only tokens signed by those keys, from that
 * issuer, for this service count; the demo endpoint does not exist. No client is configured for the pages, so
 * they cannot sign anyone in, and say so.
 */
@ContextConfiguration(initializers = UdstederTest.KalderVisning.class)
class UdstederTest extends ApiTest {

    private static final String ISSUER = "https://login.example.dk/realms/dfdg";
    private static final String AUDIENCE = "samtaleregister";

    private static final RSAKey RSA = Testtoken.nyRsaNoegle();
    private static final ECKey EC = Testtoken.nyEcNoegle();
    private static final AtomicInteger HENTNINGER = new AtomicInteger();
    private static HttpServer noegleserver;

    @DynamicPropertySource
    static void udsteder(DynamicPropertyRegistry egenskaber) throws IOException {
        noegleserver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] noeglesaet = new JWKSet(List.of(RSA.toPublicJWK(), EC.toPublicJWK())).toString().getBytes(StandardCharsets.UTF_8);
        noegleserver.createContext("/certs", udveksling -> {
            HENTNINGER.incrementAndGet();
            udveksling.getResponseHeaders().add("Content-Type", "application/json");
            udveksling.sendResponseHeaders(200, noeglesaet.length);
            try (OutputStream ud = udveksling.getResponseBody()) {
                ud.write(noeglesaet);
            }
        });
        noegleserver.start();
        egenskaber.add("samtaleregister.sikkerhed.issuer", () -> ISSUER);
        egenskaber.add("samtaleregister.sikkerhed.jwk-set-uri",
                () -> "http://127.0.0.1:" + noegleserver.getAddress().getPort() + "/certs");
    }

    @AfterAll
    static void stopNoegleserver() {
        noegleserver.stop(0);
    }

    /**
     * Shows who the service thinks is calling: proof that the principal is a Kalder, read from the claims. Added by
     * an initializer, not as a component, so that no other context (component scanning sees the test classes) gets it.
     */
    static class KalderVisning implements ApplicationContextInitializer<GenericApplicationContext> {

        @Override
        public void initialize(GenericApplicationContext kontekst) {
            kontekst.registerBean("kalderVisning", RouterFunction.class, () -> RouterFunctions.route()
                    .GET("/test/kalder", anmodning -> {
                        Kalder kalder = Kaldere.aktuel().orElseThrow();
                        return ServerResponse.ok().body(Json.objekt("type", kalder.myndighed().type().name(), "kode", kalder.myndighed().kode(),
                                "ident", kalder.ident(), "roller", kalder.roller().stream().map(Enum::name).sorted().toList()));
                    })
                    .build());
        }
    }

    private Api med(String token) {
        return api.medToken(token);
    }

    @Test
    void a_token_signed_by_the_issuers_key_for_this_service_is_accepted_rs256_and_es256() {
        String rs256 = Testtoken.signeret(RSA, Testtoken.krav(ISSUER, AUDIENCE).build());
        String es256 = Testtoken.signeret(EC, Testtoken.krav(ISSUER, AUDIENCE).build());

        assertThat(med(rs256).get("/api/v1/referencedata/samtaletyper").status()).isEqualTo(200);
        assertThat(med(es256).get("/api/v1/referencedata/samtaletyper").status()).isEqualTo(200);
        assertThat(HENTNINGER.get()).as("the key set was fetched over HTTP").isPositive();
    }

    @Test
    void the_caller_is_read_from_the_claims() {
        String keycloakAgtig = Testtoken.signeret(RSA, Testtoken.krav(ISSUER, AUDIENCE)
                .subject("f1c7b8e2-0a4d-4c55-9f1e-6b7a2d3c4e5f")
                .claim("preferred_username", "ak12-sbh")
                .claim("myndighedstype", "AKASSE")
                .claim("myndighedskode", "AK12")
                .claim("roller", List.of("offline_access", "SYSTEM"))
                .audience(List.of("account", AUDIENCE))
                .build());
        String udenBrugernavn = Testtoken.signeret(RSA, Testtoken.krav(ISSUER, AUDIENCE).subject("jc101-sub")
                .claim("preferred_username", null).claim("roller", null).build());

        Svar svar = med(keycloakAgtig).get("/test/kalder");
        Svar subject = med(udenBrugernavn).get("/test/kalder");

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.json().get("type").asString()).isEqualTo("AKASSE");
        assertThat(svar.json().get("kode").asString()).isEqualTo("AK12");
        assertThat(svar.json().get("ident").asString()).isEqualTo("ak12-sbh");
        assertThat(svar.json().get("roller").valueStream().map(r -> r.asString()).toList()).as("unknown roles ignored").containsExactly("SYSTEM");
        assertThat(subject.json().get("ident").asString()).isEqualTo("jc101-sub");
        assertThat(subject.json().get("roller").isEmpty()).isTrue();
    }

    @Test
    void the_demo_endpoint_does_not_exist() {
        Svar svar = api.anonym().post(Api.DEMO_TOKEN, Json.objekt("myndighed", Json.objekt("type", "STAR", "kode", "STAR"),
                "sagsbehandler", "star-test"));

        assertThat(svar.status()).isEqualTo(404);
        assertThat(svar.fejlkoder()).containsExactly("RESSOURCE_FINDES_IKKE");
        assertThat(svar.tekst()).doesNotContain("access_token");
    }

    @Test
    void without_a_client_for_the_pages_their_sign_in_page_says_it_is_not_configured() {
        Svar side = api.anonym().get("/log-ind");
        Svar forside = api.anonym().get("/");

        assertThat(side.status()).isEqualTo(503);
        assertThat(side.header("Content-Type")).startsWith("text/html");
        assertThat(side.tekst()).contains("Log ind på siderne er ikke sat op", "samtaleregister.sikkerhed.sider.client-id")
                .doesNotContain("Demotilstand");
        assertThat(forside.status()).isEqualTo(302);
        assertThat(forside.header("Location")).endsWith("/log-ind");
    }

    @Test
    void tokens_not_from_the_issuers_keys_or_not_for_this_service_are_refused() {
        ECKey demoAgtig = Testtoken.nyEcNoegle();
        Map<String, String> tokens = Map.of(
                "a demo-style token", Testtoken.signeret(demoAgtig, Testtoken.krav("samtaleregister-demo", AUDIENCE).build()),
                "the right issuer, a foreign key", Testtoken.signeret(demoAgtig, Testtoken.krav(ISSUER, AUDIENCE).build()),
                "a foreign key under the issuer's kid", Testtoken.signeret(new RSAKey.Builder(Testtoken.nyRsaNoegle()).keyID(RSA.getKeyID()).build(),
                        Testtoken.krav(ISSUER, AUDIENCE).build()),
                "the issuer's key, the demo issuer", Testtoken.signeret(RSA, Testtoken.krav("samtaleregister-demo", AUDIENCE).build()),
                "the issuer's key, another audience", Testtoken.signeret(RSA, Testtoken.krav(ISSUER, "account").build()),
                "HS256 under the issuer's kid", Testtoken.hmac(RSA.getKeyID(), Testtoken.krav(ISSUER, AUDIENCE).build()),
                "alg none", Testtoken.usigneret(Testtoken.krav(ISSUER, AUDIENCE).build()));

        tokens.forEach((navn, token) -> {
            Svar svar = med(token).get("/api/v1/referencedata/samtaletyper");
            assertThat(svar.status()).as(navn).isEqualTo(401);
            assertThat(svar.fejlkoder()).as(navn).containsExactly("IKKE_AUTENTIFICERET");
            assertThat(svar.header("WWW-Authenticate")).as(navn).isEqualTo("Bearer error=\"invalid_token\"");
        });
    }
}
