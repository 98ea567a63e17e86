package dk.samtaleregister.sider;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.TestCpr;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages' protections over plain HTTP: sign-in, the session cookie, CSRF, the Content-Security-Policy, no CPR in an address. */
class SidesikkerhedTest extends ApiTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private HttpClient klient;

    @BeforeEach
    void nyKlient() {
        klient = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(String sti) throws IOException, InterruptedException {
        return klient.send(HttpRequest.newBuilder(URI.create(baseUrl() + sti)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String sti, String formular) throws IOException, InterruptedException {
        return klient.send(HttpRequest.newBuilder(URI.create(baseUrl() + sti)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formular)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> side) {
        Matcher m = CSRF.matcher(side.body());
        assertThat(m.find()).as("a CSRF token in the form").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> logInd() throws IOException, InterruptedException {
        String token = csrf(get("/log-ind"));
        HttpResponse<String> svar = post("/log-ind", "_csrf=" + token + "&myndighedstype=JOBCENTER&myndighedskode=101&sagsbehandler=jc101-sbh");
        assertThat(svar.statusCode()).isEqualTo(302);
        return svar;
    }

    @Test
    void a_page_without_a_session_sends_the_browser_to_the_sign_in_page() throws Exception {
        HttpResponse<String> svar = get("/");

        assertThat(svar.statusCode()).isEqualTo(302);
        assertThat(svar.headers().firstValue("Location")).hasValueSatisfying(sted -> assertThat(sted).endsWith("/log-ind"));
    }

    @Test
    void every_page_forbids_inline_script_and_style_and_framing() throws Exception {
        HttpResponse<String> svar = get("/log-ind");

        String csp = svar.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(svar.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain(" style=\"").doesNotContain("<style");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_changes_at_sign_in() throws Exception {
        HttpResponse<String> foer = get("/log-ind");
        String anonym = foer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SAMTALEREGISTER=")).findFirst().orElseThrow();
        assertThat(anonym).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        String token = csrf(foer);
        HttpResponse<String> svar = post("/log-ind", "_csrf=" + token + "&myndighedstype=JOBCENTER&myndighedskode=101&sagsbehandler=jc101-sbh");
        String logget = svar.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SAMTALEREGISTER=")).findFirst().orElseThrow();
        assertThat(logget.split(";")[0]).isNotEqualTo(anonym.split(";")[0]);
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure() throws Exception {
        HttpResponse<String> svar = klient.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/log-ind")).header("X-Forwarded-Proto", "https")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = svar.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SAMTALEREGISTER=")).findFirst().orElseThrow();

        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        nyKlient();
        List<String> utenTls = get("/log-ind").headers().allValues("Set-Cookie");
        assertThat(utenTls).anyMatch(c -> c.startsWith("SAMTALEREGISTER=")).noneMatch(c -> c.toLowerCase().contains("; secure"));
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_changes_nothing() throws Exception {
        get("/log-ind");
        HttpResponse<String> svar = post("/log-ind", "myndighedstype=JOBCENTER&myndighedskode=101&sagsbehandler=jc101-sbh");

        assertThat(svar.statusCode()).isEqualTo(403);
        assertThat(get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void a_looked_up_cpr_number_goes_by_post_and_comes_back_as_an_opaque_handle() throws Exception {
        logInd();
        String cpr = TestCpr.naeste();
        String token = csrf(get("/"));
        HttpResponse<String> svar = post("/borger", "_csrf=" + token + "&cpr=" + cpr);

        assertThat(svar.statusCode()).isEqualTo(302);
        String sted = svar.headers().firstValue("Location").orElseThrow();
        assertThat(sted).matches(".*/borger/[A-Za-z0-9_-]{22}").doesNotContain(cpr).doesNotContain(cpr.substring(0, 6));
        HttpResponse<String> side = get(URI.create(sted).getPath());
        assertThat(side.statusCode()).isEqualTo(403);
        assertThat(side.body()).contains("Ingen adgang").doesNotContain(cpr);
    }

    @Test
    void a_handle_from_another_session_shows_nothing() throws Exception {
        logInd();
        String token = csrf(get("/"));
        String sted = post("/borger", "_csrf=" + token + "&cpr=" + TestCpr.naeste()).headers().firstValue("Location").orElseThrow();

        nyKlient();
        logInd();
        HttpResponse<String> svar = get(URI.create(sted).getPath());
        assertThat(svar.statusCode()).isEqualTo(302);
        assertThat(svar.headers().firstValue("Location").orElseThrow()).endsWith("/?ukendt");
    }
}
