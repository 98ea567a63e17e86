package dk.samtaleregister.haendelse.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.KoerendeTjeneste;
import dk.samtaleregister.test.TestCpr;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * Without spring.kafka.bootstrap-servers nothing of the publisher exists: no bean, no thread, no Kafka client, and not a
 * line from one in the log. The same checks see all of it with the property set, so they would see it if it crept in.
 */
@ExtendWith(OutputCaptureExtension.class)
class UdenKafkaTest extends ApiTest {

    /** What a Kafka client logs as it is made: its settings, then its version. */
    private static final List<String> KAFKAKLIENTLOG = List.of("ProducerConfig values", "ConsumerConfig values", "AdminClientConfig values",
            "Kafka version:");

    @Autowired
    private ApplicationContext kontekst;

    @Autowired
    private DataSource database;

    /** The names of the publisher's and Kafka clients' threads that are not among {@code foer}. */
    private static Set<String> nyeKafkatraade(Set<Thread> foer) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !foer.contains(t)).map(Thread::getName)
                .filter(navn -> navn.equals("haendelsesudgiver") || navn.startsWith("kafka-"))
                .collect(Collectors.toSet());
    }

    @Test
    void the_tests_service_has_no_publisher() {
        assertThat(kontekst.getBeanProvider(Haendelsesudgiver.class).getIfAvailable()).isNull();
        assertThat(kontekst.getEnvironment().getProperty("spring.kafka.bootstrap-servers")).isNull();
    }

    @Test
    void an_instance_started_without_kafka_has_no_publisher_no_kafka_thread_and_logs_nothing_of_a_kafka_client(CapturedOutput log)
            throws Exception {
        Set<Thread> foer = Thread.getAllStackTraces().keySet();
        try (KoerendeTjeneste tjeneste = Kafkatest.instans(database)) {
            Thread.sleep(2 * Haendelsesudgiver.LAASFORSOEG.toMillis());
            assertThat(tjeneste.kontekst().getBeanProvider(Haendelsesudgiver.class).getIfAvailable()).isNull();
            assertThat(nyeKafkatraade(foer)).isEmpty();
        }
        assertThat(KAFKAKLIENTLOG).noneMatch(log.getAll()::contains);

        // The control: with the property set (a port where no broker listens) and an event to send, the same checks find
        // the publisher and its producer.
        feed.kontaktgruppe(TestCpr.naeste(), 1, "2024-01-01", null);
        int ledig;
        try (ServerSocket s = new ServerSocket(0)) {
            ledig = s.getLocalPort();
        }
        try (KoerendeTjeneste tjeneste = Kafkatest.instans(database, "--spring.kafka.bootstrap-servers=127.0.0.1:" + ledig,
                "--samtaleregister.kafka.emne=" + Kafkatest.nytEmne("ingen"), "--samtaleregister.kafka.instans=kontrol")) {
            assertThat(tjeneste.kontekst().getBeanProvider(Haendelsesudgiver.class).getIfAvailable()).isNotNull();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(log.getAll()).contains("ProducerConfig values");
                assertThat(nyeKafkatraade(foer)).contains("haendelsesudgiver").anyMatch(navn -> navn.startsWith("kafka-producer-network-thread"));
            });
        }
    }
}
