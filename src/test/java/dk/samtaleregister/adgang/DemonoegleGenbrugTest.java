package dk.samtaleregister.adgang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.test.KoerendeTjeneste;
import dk.samtaleregister.test.Testkalder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo mode's key is made once and kept: a token issued before a restart still works after it. */
class DemonoegleGenbrugTest {

    @Test
    void a_token_from_before_a_restart_still_works_after_it(@TempDir Path mappe) throws IOException {
        Path noeglefil = mappe.resolve("noegler/demo-signeringsnoegle.json");
        String[] argumenter = {"--samtaleregister.embedded-postgres.data-dir=" + mappe.resolve("postgres"),
                "--samtaleregister.sikkerhed.demo.noeglefil=" + noeglefil};
        String token;
        try (KoerendeTjeneste tjeneste = KoerendeTjeneste.start(argumenter)) {
            token = tjeneste.api().token(Testkalder.star());
            assertThat(tjeneste.api().medToken(token).get("/api/v1/referencedata/samtaletyper").status()).isEqualTo(200);
        }
        String noegle = Files.readString(noeglefil);
        if (noeglefil.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(noeglefil))).isEqualTo("rw-------");
        }

        try (KoerendeTjeneste igen = KoerendeTjeneste.start(argumenter)) {
            assertThat(igen.api().medToken(token).get("/api/v1/referencedata/samtaletyper").status()).isEqualTo(200);
        }
        assertThat(Files.readString(noeglefil)).as("the same key, not a new one").isEqualTo(noegle);
    }

    @Test
    void a_broken_key_file_stops_start_up_naming_the_file_and_not_quoting_it(@TempDir Path mappe) throws IOException {
        Path noeglefil = mappe.resolve("demo-signeringsnoegle.json");
        Files.writeString(noeglefil, "{\"kty\":\"EC\",\"hemmelig-rest\":\"d-9f3a\"");

        assertThatThrownBy(() -> KoerendeTjeneste.start("--samtaleregister.embedded-postgres.data-dir=" + mappe.resolve("postgres"),
                "--samtaleregister.sikkerhed.demo.noeglefil=" + noeglefil).close())
                .rootCause()
                .hasMessageContaining(noeglefil.toString())
                .hasMessageNotContaining("d-9f3a");
    }
}
