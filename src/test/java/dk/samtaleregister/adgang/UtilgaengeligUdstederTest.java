package dk.samtaleregister.adgang;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.KoerendeTjeneste;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an issuer whose discovery document cannot be reached, the service still starts (it asks only at the first
 * token, and the pages' sign-in only at the first sign-in), and a token then gets 503 in the one error format, not
 * 401: the caller did nothing wrong. The pages' sign-in answers 503 too, with a page that says so.
 */
class UtilgaengeligUdstederTest {

    @Test
    void the_service_starts_without_the_identity_provider_and_answers_503_until_it_answers(@TempDir Path mappe) throws IOException {
        int lukketPort;
        try (ServerSocket ledig = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            lukketPort = ledig.getLocalPort();
        }
        String issuer = "http://127.0.0.1:" + lukketPort + "/realms/dfdg";

        try (KoerendeTjeneste tjeneste = KoerendeTjeneste.start("--samtaleregister.embedded-postgres.data-dir=" + mappe.resolve("postgres"),
                "--samtaleregister.sikkerhed.issuer=" + issuer, "--samtaleregister.sikkerhed.sider.client-id=samtaleregister-sider")) {
            String token = Testtoken.signeret(Testtoken.nyRsaNoegle(), Testtoken.krav(issuer, "samtaleregister").build());
            Svar svar = tjeneste.api().medToken(token).get("/api/v1/referencedata/samtaletyper");
            Svar udenToken = tjeneste.api().anonym().get("/api/v1/referencedata/samtaletyper");

            assertThat(svar.status()).as(svar.toString()).isEqualTo(503);
            assertThat(svar.header("Content-Type")).startsWith("application/problem+json");
            assertThat(svar.header("Retry-After")).isEqualTo("5");
            assertThat(svar.fejlkoder()).containsExactly("UDSTEDER_UTILGAENGELIG");
            assertThat(svar.json().get("type").asString()).isEqualTo("urn:samtaleregister:problem:udsteder-utilgaengelig");
            assertThat(udenToken.status()).isEqualTo(401);
            assertThat(tjeneste.api().anonym().get("/actuator/health").status()).isEqualTo(200);

            Svar logInd = tjeneste.api().anonym().get("/log-ind");
            assertThat(logInd.status()).as(logInd.toString()).isEqualTo(503);
            assertThat(logInd.header("Retry-After")).isEqualTo("5");
            assertThat(logInd.tekst()).contains("Identitetsudbyderen svarer ikke", "href=\"/log-ind\"");
        }
    }
}
