package dk.samtaleregister.adgang;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.test.KoerendeTjeneste;
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
}
