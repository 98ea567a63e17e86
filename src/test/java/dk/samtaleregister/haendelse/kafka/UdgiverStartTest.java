package dk.samtaleregister.haendelse.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.samtaleregister.test.ApiTest;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** With Kafka configured in a way that would break the publisher's guarantees, the service does not start, and says why. */
class UdgiverStartTest extends ApiTest {

    @Autowired
    private DataSource database;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--spring.kafka.producer.acks=1 | The event publisher needs acks all, but it is set to 1 (spring.kafka.producer.acks",
            "--spring.kafka.producer.properties.enable.idempotence=false | The event publisher needs enable.idempotence true",
            "--spring.kafka.properties.max.in.flight.requests.per.connection=10 | needs max.in.flight.requests.per.connection 1 to 5",
            "--spring.kafka.bootstrap-servers= | spring.kafka.bootstrap-servers is set but empty",
            "--samtaleregister.kafka.pr-gang=0 | samtaleregister.kafka.pr-gang is 0"})
    void a_setting_that_would_break_the_publisher_stops_start_up_naming_it(String indstilling, String besked) {
        List<String> argumenter = new ArrayList<>(List.of(indstilling));
        if (!indstilling.startsWith("--spring.kafka.bootstrap-servers=")) {
            argumenter.add("--spring.kafka.bootstrap-servers=127.0.0.1:9");
        }
        Throwable fejl = catchThrowable(() -> Kafkatest.instans(database, argumenter.toArray(String[]::new)).close());

        assertThat(fejl).as("start-up must fail").isNotNull();
        List<String> beskeder = new ArrayList<>();
        for (Throwable t = fejl; t != null && !beskeder.contains(String.valueOf(t.getMessage())); t = t.getCause()) {
            beskeder.add(String.valueOf(t.getMessage()));
        }
        assertThat(beskeder).anyMatch(b -> b.contains(besked));
    }
}
