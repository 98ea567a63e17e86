package dk.samtaleregister.haendelse.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.KoerendeTjeneste;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What the publisher's tests share: another instance of the service that publishes, the feed read to its end, the progress. */
final class Kafkatest {

    private Kafkatest() {
    }

    /** A topic of the test's own, so that its progress starts from the first position. */
    static String nytEmne(String navn) {
        return "test." + navn + "." + UUID.randomUUID();
    }

    /**
     * Another instance of the service on the test's database (as a second node of a deployment is), with Kafka
     * configured: it publishes when it holds the lock.
     */
    static KoerendeTjeneste udgiver(DataSource database, Testbroker broker, String emne, String instans, String... argumenter) {
        List<String> alle = new ArrayList<>(List.of("--spring.datasource.url=" + url(database), "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.maximum-pool-size=4", "--spring.kafka.bootstrap-servers=" + broker.adresse(),
                "--samtaleregister.kafka.emne=" + emne, "--samtaleregister.kafka.instans=" + instans));
        alle.addAll(Arrays.asList(argumenter));
        return KoerendeTjeneste.start(alle.toArray(String[]::new));
    }

    /** Another instance of the service on the test's database, configured as given. */
    static KoerendeTjeneste instans(DataSource database, String... argumenter) {
        List<String> alle = new ArrayList<>(List.of("--spring.datasource.url=" + url(database), "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.maximum-pool-size=4"));
        alle.addAll(Arrays.asList(argumenter));
        return KoerendeTjeneste.start(alle.toArray(String[]::new));
    }

    static String url(DataSource database) {
        try {
            return database.unwrap(HikariDataSource.class).getJdbcUrl();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The topic's stored progress: the last position the broker acknowledged. */
    static long fremdrift(JdbcClient jdbc, String emne) {
        return jdbc.sql("select position from haendelsesudgivelse where emne = ?").param(emne).query(Long.class).optional().orElse(0L);
    }

    /** The feed's last position now (reading it numbers what is committed). */
    static long sidstePosition(Api star) {
        return star.get("/api/v1/haendelser?max=1").json().get("sidstePosition").asLong();
    }

    /** Waits until every event up to the feed's last position now is acknowledged; answers that position. */
    static long ventTilAltErUdgivet(Api star, JdbcClient jdbc, String emne) {
        long sidste = sidstePosition(star);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(fremdrift(jdbc, emne)).isGreaterThanOrEqualTo(sidste));
        return sidste;
    }

    /** Every event of the feed up to position {@code til}, read as STAR, page by page. */
    static List<JsonNode> feedet(Api star, long til) {
        List<JsonNode> haendelser = new ArrayList<>();
        long position = 0;
        while (position < til) {
            Svar svar = star.get("/api/v1/haendelser?efter=" + position + "&max=1000");
            assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
            for (JsonNode h : svar.json().get("haendelser")) {
                if (h.get("position").asLong() <= til) {
                    haendelser.add(h);
                }
            }
            position = svar.json().get("naesteEfter").asLong();
        }
        return haendelser;
    }
}
