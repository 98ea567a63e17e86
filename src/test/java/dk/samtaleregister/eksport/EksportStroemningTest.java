package dk.samtaleregister.eksport;

import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Testkalder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An export of many rows streams: 20,000 conversations of 2,000 characters each (40 MB of CSV, more than every buffer
 * between PostgreSQL and the client holds), inserted with SQL, read back line by line as a client reads a download.
 * While the client has read only the header the database is still sending, so the file is held by neither side; an
 * export cut off in the middle reaches the client as a broken transfer, never as a complete-looking file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EksportStroemningTest extends ApiTest {

    private static final Testkalder JC816 = jobcenter("816");
    private static final int BORGERE = 2_000;
    private static final int SAMTALER_HVER = 10;
    private static final String UDTRAEK = "/api/v1/eksport/samtaler?fra=2019-03-01&til=2019-03-31";

    private static final HttpClient KLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    private JdbcClient jdbc;

    /** 2,000 citizens born in 1939 (no other test's), attached to jobcenter 816 since 2019, with ten letters each in March 2019. */
    @BeforeAll
    void mangeSamtaler() {
        jdbc.sql("""
                with b as (
                    insert into borger (cpr)
                    select to_char(date '1939-01-01' + i / 1000, 'DDMMYY') || lpad((i % 1000)::text, 4, '0') from generate_series(0, :n - 1) i
                    returning id),
                j as (
                    insert into jobcentertilknytning (borger_id, jobcenter, fra) select id, '816', date '2019-01-01' from b
                    returning id, jobcenter, fra, til)
                insert into jobcentertilknytning_version (id, version, jobcenter, fra, til, art)
                select id, 1, jobcenter, fra, til, 'OPRETTET' from j""").param("n", BORGERE).update();
        jdbc.sql("""
                with s as (
                    insert into samtale (borger_id, afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
                                         sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, version)
                    select j.borger_id, timestamptz '2019-03-01 08:00+01' + k * interval '1 day' + (j.borger_id % 600) * interval '1 minute',
                           12, 'BREV', repeat('Masseudtræk. ', 154), false, 'jc816-sbh', 'JOBCENTER', '816', false, 1
                      from jobcentertilknytning j, generate_series(0, :k - 1) k
                     where j.jobcenter = '816'
                    returning *)
                insert into samtaleversion (samtalenummer, version, art, afholdt, samtaletype, kontaktform, samtaleinformation,
                                            flere_myndigheder, sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, annulleret,
                                            aendret_af_ident, aendret_af_myndighedstype, aendret_af_myndighedskode)
                select samtalenummer, 1, 'OPRETTET', afholdt, samtaletype, kontaktform, samtaleinformation, flere_myndigheder,
                       sagsbehandler_ident, myndighedstype, myndighedskode, nulstillende, false, sagsbehandler_ident, myndighedstype,
                       myndighedskode
                  from s""").param("k", SAMTALER_HVER).update();
    }

    private HttpResponse<InputStream> aabn(Testkalder som) throws IOException, InterruptedException {
        HttpRequest anmodning = HttpRequest.newBuilder(URI.create(baseUrl() + UDTRAEK)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + api.token(som)).GET().build();
        HttpResponse<InputStream> svar = KLIENT.send(anmodning, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(svar.statusCode()).isEqualTo(200);
        return svar;
    }

    /** The export's COPY is under way in the database (or waiting to send what nobody reads yet). */
    private boolean kopierer() {
        return jdbc.sql("select count(*) from pg_stat_activity where query like 'copy (%' and state = 'active' and pid <> pg_backend_pid()")
                .query(Long.class).single() > 0;
    }

    private boolean venterPaaKopiering() throws InterruptedException {
        Instant graense = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(graense)) {
            if (kopierer()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Test
    void twenty_thousand_rows_stream_to_a_client_that_reads_them_line_by_line() throws Exception {
        HttpResponse<InputStream> svar = aabn(JC816);

        assertThat(svar.headers().firstValue("Content-Length")).as("no length: the answer was not held back to be counted").isEmpty();
        assertThat(svar.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        try (BufferedReader linjer = new BufferedReader(new InputStreamReader(svar.body(), StandardCharsets.UTF_8))) {
            assertThat(linjer.readLine()).startsWith("samtalenummer;cpr;afholdt;");
            assertThat(venterPaaKopiering()).as("the database still sends while the client has read only the header").isTrue();
            long raekker = 0;
            long tegn = 0;
            for (String linje = linjer.readLine(); linje != null; linje = linjer.readLine()) {
                raekker++;
                tegn += linje.length();
            }
            assertThat(raekker).isEqualTo((long) BORGERE * SAMTALER_HVER);
            assertThat(tegn).as("40 MB").isGreaterThan(40_000_000L);
        }
        assertThat(kopierer()).isFalse();
    }

    @Test
    void an_export_cut_off_in_the_database_reaches_the_client_as_a_broken_transfer() throws Exception {
        HttpResponse<InputStream> svar = aabn(JC816);
        try (BufferedReader linjer = new BufferedReader(new InputStreamReader(svar.body(), StandardCharsets.UTF_8))) {
            assertThat(linjer.readLine()).startsWith("samtalenummer;");
            assertThat(venterPaaKopiering()).isTrue();

            jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where query like 'copy (%' and pid <> pg_backend_pid()")
                    .query().listOfRows();

            assertThatThrownBy(() -> {
                while (linjer.readLine() != null) {
                    // read to the end: a finished file would end here without an error
                }
            }).isInstanceOf(IOException.class);
        }
    }
}
