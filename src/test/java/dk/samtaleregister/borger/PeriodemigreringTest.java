package dk.samtaleregister.borger;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history migration on a database that already holds periods: each becomes its own version 1. */
class PeriodemigreringTest {

    @TempDir
    Path data;

    @Test
    void periods_stored_before_the_migration_get_a_version_1_and_can_be_changed_after_it() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start()) {
            DataSource kilde = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(kilde).target("1").load().migrate();
            JdbcClient jdbc = JdbcClient.create(kilde);
            long borger = jdbc.sql("insert into borger (cpr) values ('0101901234') returning id").query(Long.class).single();
            jdbc.sql("insert into kontaktgruppeperiode (borger_id, kontaktgruppe, fra, til) values (?, 2, '2024-01-01', '2024-01-31'), (?, 1, '2024-02-01', null)")
                    .params(borger, borger).update();
            jdbc.sql("insert into fravaer (borger_id, fravaerstype, fra, til) values (?, 'FERIE', '2024-03-01', '2024-03-14')").param(borger).update();
            jdbc.sql("insert into jobcentertilknytning (borger_id, jobcenter, fra, til) values (?, '101', '2024-01-01', null)").param(borger).update();

            Flyway.configure().dataSource(kilde).load().migrate();

            for (String tabel : List.of("kontaktgruppeperiode", "fravaer", "jobcentertilknytning")) {
                assertThat(jdbc.sql("select count(*) from " + tabel + " where version = 1").query(Long.class).single())
                        .isEqualTo(jdbc.sql("select count(*) from " + tabel).query(Long.class).single());
                assertThat(jdbc.sql("select count(*) from " + tabel + " p join " + tabel + "_version v using (id, version, fra) "
                        + "where v.art = 'OPRETTET' and v.til is not distinct from p.til").query(Long.class).single())
                        .as(tabel).isEqualTo(jdbc.sql("select count(*) from " + tabel).query(Long.class).single());
            }
            assertThat(jdbc.sql("select kontaktgruppe from kontaktgruppeperiode_version order by fra").query(Integer.class).list())
                    .containsExactly(2, 1);
        }
    }
}
