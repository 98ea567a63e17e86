package dk.samtaleregister.sider;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import dk.samtaleregister.test.ApiTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.test.context.ContextConfiguration;
import testudbyder.Testudbyder;

/**
 * The pages' sign-in at a real OpenID Connect provider ({@link Testudbyder}), over plain HTTP: where {@code /log-ind}
 * sends the browser and with what, what the service does with an answer it did not ask for, and the
 * Content-Security-Policy. {@link UdbyderloginBrowserTest} goes the whole way in a browser.
 */
@ContextConfiguration(initializers = Udbydermiljoe.class)
class UdbyderloginTest extends ApiTest {

    @Autowired
    private ApplicationContext kontekst;

    private HttpClient klient;

    @BeforeEach
    void nyKlient() {
        klient = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(String sti) throws IOException, InterruptedException {
        return klient.send(HttpRequest.newBuilder(URI.create(baseUrl() + sti)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> parametre(URI adresse) {
        return Arrays.stream(adresse.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    @Test
    void sign_in_sends_the_browser_to_the_providers_authorization_endpoint_with_pkce_state_and_nonce() throws Exception {
        HttpResponse<String> svar = get("/log-ind");

        assertThat(svar.statusCode()).isEqualTo(302);
        URI sted = URI.create(svar.headers().firstValue("Location").orElseThrow());
        assertThat(sted.toString()).startsWith(Udbydermiljoe.udbyder().issuer() + "/oauth2/authorize?");
        Map<String, String> p = parametre(sted);
        assertThat(p).containsEntry("response_type", "code")
                .containsEntry("client_id", Testudbyder.KLIENT_ID)
                .containsEntry("scope", "openid")
                .containsEntry("redirect_uri", baseUrl() + "/log-ind/svar")
                .containsEntry("code_challenge_method", "S256");
        assertThat(p.get("code_challenge")).as("S256 of a verifier, base64url (RFC 7636 section 4.2)").matches("[A-Za-z0-9_-]{43}");
        assertThat(p.get("state")).isNotBlank();
        assertThat(p.get("nonce")).isNotBlank();
        String cookie = svar.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SAMTALEREGISTER=")).findFirst().orElseThrow();
        assertThat(cookie).as("the request waits in the session").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        nyKlient();
        Map<String, String> igen = parametre(URI.create(get("/log-ind").headers().firstValue("Location").orElseThrow()));
        assertThat(igen.get("state")).isNotEqualTo(p.get("state"));
        assertThat(igen.get("nonce")).isNotEqualTo(p.get("nonce"));
        assertThat(igen.get("code_challenge")).isNotEqualTo(p.get("code_challenge"));
    }

    @Test
    void a_page_without_a_session_sends_the_browser_to_the_sign_in() throws Exception {
        HttpResponse<String> svar = get("/");

        assertThat(svar.statusCode()).isEqualTo(302);
        assertThat(svar.headers().firstValue("Location")).hasValueSatisfying(sted -> assertThat(sted).endsWith("/log-ind"));
    }

    @Test
    void an_answer_with_a_state_the_service_did_not_send_signs_no_one_in() throws Exception {
        get("/log-ind");
        HttpResponse<String> svar = get("/log-ind/svar?code=en-kode&state=en-anden-state");

        assertThat(svar.statusCode()).isEqualTo(302);
        assertThat(svar.headers().firstValue("Location")).hasValueSatisfying(sted -> assertThat(sted).endsWith("/log-ind?fejl"));
        HttpResponse<String> side = get("/log-ind?fejl");
        assertThat(side.body()).contains("Du blev ikke logget ind");
        assertThat(get("/").statusCode()).as("still no one signed in").isEqualTo(302);
    }

    @Test
    void after_signing_out_the_page_offers_to_sign_in_again_and_forms_may_lead_only_here_or_to_the_provider() throws Exception {
        HttpResponse<String> svar = get("/log-ind?logget-ud");

        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(svar.body()).contains("Du er logget ud", "href=\"/log-ind\"").as("not demo mode's page").doesNotContain("Demotilstand");
        String csp = svar.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("form-action 'self' " + Udbydermiljoe.udbyder().issuer(), "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(svar.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain(" style=\"").doesNotContain("<style");
    }

    @Test
    void the_service_has_none_of_the_test_providers_beans() {
        assertThat(kontekst.getBeanNamesForType(AuthorizationServerSettings.class)).isEmpty();
        assertThat(kontekst.getBeanNamesForType(RegisteredClientRepository.class)).isEmpty();
        assertThat(kontekst.getBeanNamesForType(JWKSource.class)).isEmpty();
        assertThat(kontekst.getBeanNamesForType(Testudbyder.class)).isEmpty();
    }
}
