package dk.samtaleregister.adgang;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.test.KoerendeTjeneste;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client for the pages that could only be a mistake stops start-up, naming what to change. */
class SideklientopsaetningTest {

    /**
     * Half a production set-up: the service would run in demo mode, open to anyone, while whoever configured it meant
     * sign-in at a provider. As for a key set without an issuer.
     */
    @Test
    void a_client_id_for_the_pages_without_an_issuer_stops_start_up(@TempDir Path mappe) {
        assertThatThrownBy(() -> KoerendeTjeneste.start("--samtaleregister.embedded-postgres.data-dir=" + mappe.resolve("postgres"),
                "--samtaleregister.sikkerhed.sider.client-id=samtaleregister-sider").close())
                .rootCause()
                .hasMessageContaining("samtaleregister.sikkerhed.sider.client-id is set but samtaleregister.sikkerhed.issuer is not");
    }

    /** The pages' ID tokens name their client as aud; with the API's audience as client id the API would take them. */
    @Test
    void a_client_id_for_the_pages_that_is_the_apis_audience_stops_start_up(@TempDir Path mappe) throws IOException {
        int lukketPort;
        try (ServerSocket ledig = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            lukketPort = ledig.getLocalPort();
        }
        assertThatThrownBy(() -> KoerendeTjeneste.start("--samtaleregister.embedded-postgres.data-dir=" + mappe.resolve("postgres"),
                "--samtaleregister.sikkerhed.issuer=http://127.0.0.1:" + lukketPort,
                "--samtaleregister.sikkerhed.sider.client-id=samtaleregister").close())
                .rootCause()
                .hasMessageContaining("samtaleregister.sikkerhed.sider.client-id must differ from samtaleregister.sikkerhed.audience");
    }
}
