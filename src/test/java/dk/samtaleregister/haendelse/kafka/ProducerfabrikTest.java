package dk.samtaleregister.haendelse.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.convert.DurationStyle;

/**
 * The producer is idempotent with acks=all and at most five requests in flight, whatever else is configured; a
 * setting that would break it stops start-up and names itself, and the rest of the configuration is kept.
 */
class ProducerfabrikTest {

    private static final Udgivelsesindstillinger UDGIVELSE = new Udgivelsesindstillinger("samtaleregister.haendelser", 500,
            Duration.ofMillis(200), Duration.ofSeconds(10), "test");

    private static Map<String, Object> boot(Object... parvis) {
        Map<String, Object> m = new HashMap<>(Map.of("bootstrap.servers", "kafka-1:9092,kafka-2:9092", "security.protocol", "SSL"));
        for (int i = 0; i < parvis.length; i += 2) {
            m.put((String) parvis[i], parvis[i + 1]);
        }
        return m;
    }

    @Test
    void the_settings_the_guarantees_rest_on_are_there_and_the_rest_is_as_configured() {
        Map<String, Object> indstillinger = new Producerfabrik(boot("linger.ms", 5), UDGIVELSE).indstillinger();

        assertThat(indstillinger).containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                .containsEntry("max.in.flight.requests.per.connection", 5).containsEntry("max.block.ms", 10_000)
                .containsEntry("bootstrap.servers", "kafka-1:9092,kafka-2:9092").containsEntry("security.protocol", "SSL")
                .containsEntry("linger.ms", 5).containsEntry("client.id", "samtaleregister-udgiver-test")
                .doesNotContainKey("transactional.id");
    }

    @Test
    void settings_that_keep_the_guarantees_are_kept() {
        Map<String, Object> indstillinger = new Producerfabrik(boot("acks", "-1", "enable.idempotence", "true",
                "max.in.flight.requests.per.connection", 1, "retries", 10, "max.block.ms", 3000), UDGIVELSE).indstillinger();

        assertThat(indstillinger).containsEntry("acks", "all").containsEntry("max.in.flight.requests.per.connection", 1)
                .containsEntry("retries", 10).containsEntry("max.block.ms", 3000);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"acks, 1, spring.kafka.producer.acks", "acks, 0, spring.kafka.producer.acks", "enable.idempotence, false, enable.idempotence",
            "max.in.flight.requests.per.connection, 6, max.in.flight.requests.per.connection", "retries, 0, spring.kafka.producer.retries",
            "transactional.id, samtaleregister, transactional.id"})
    void a_setting_that_would_break_them_stops_start_up_naming_it(String navn, String vaerdi, String naevnt) {
        assertThatThrownBy(() -> new Producerfabrik(boot(navn, vaerdi), UDGIVELSE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(navn).hasMessageContaining(naevnt);
    }

    @ParameterizedTest(name = "{4}: {0} {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {"'' | 500 | 200ms | 10s | samtaleregister.kafka.emne",
            "a topic with spaces | 500 | 200ms | 10s | samtaleregister.kafka.emne",
            "haendelser | 0 | 200ms | 10s | samtaleregister.kafka.pr-gang",
            "haendelser | 10001 | 200ms | 10s | samtaleregister.kafka.pr-gang",
            "haendelser | 500 | 0s | 10s | samtaleregister.kafka.interval",
            "haendelser | 500 | 200ms | 500ms | samtaleregister.kafka.svarfrist"})
    void publishing_settings_out_of_bounds_stop_start_up_naming_them(String emne, int prGang, String interval, String svarfrist, String naevnt) {
        assertThatThrownBy(() -> new Udgivelsesindstillinger(emne, prGang, DurationStyle.detectAndParse(interval),
                DurationStyle.detectAndParse(svarfrist), null))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith(naevnt);
    }

    @Test
    void without_a_name_the_instance_is_named_by_its_process_and_host() {
        assertThat(new Udgivelsesindstillinger("haendelser", 500, Duration.ofMillis(200), Duration.ofSeconds(10), " ").instans())
                .startsWith(ProcessHandle.current().pid() + "@");
    }
}
