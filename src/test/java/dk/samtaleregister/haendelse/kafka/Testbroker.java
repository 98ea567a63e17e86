package dk.samtaleregister.haendelse.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One embedded KRaft broker (spring-kafka-test, no Docker) for a test class: topics made to measure, the broker stopped
 * and started again on the same port, and everything on a topic read back with a plain consumer.
 */
final class Testbroker implements AutoCloseable {

    /** Where the embedded broker writes its address; not spring.kafka.bootstrap-servers, which would turn Kafka on for every context. */
    private static final String ADRESSEEGENSKAB = "samtaleregister.test.kafka-broker";

    /** A record as it lies on the topic. */
    record Post(int partition, long offset, String noegle, String vaerdi, Map<String, String> headers, long tidsstempel) {

        String header(String navn) {
            return headers.get(navn);
        }
    }

    /**
     * The broker's own loggers, at INFO thousands of lines a test; quieted while it runs, also in the contexts started
     * meanwhile (a context sets its levels from logging.level.*, which system properties give).
     */
    private static final List<String> BROKERLOGGERE = List.of("kafka", "org.apache.kafka", "state.change.logger");

    private final EmbeddedKafkaKraftBroker broker;

    private Testbroker(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    static Testbroker start() {
        for (String logger : BROKERLOGGERE) {
            System.setProperty("logging.level." + logger, "WARN");
            ((Logger) LoggerFactory.getLogger(logger)).setLevel(Level.WARN);
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerListProperty(ADRESSEEGENSKAB);
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.afterPropertiesSet();
        return new Testbroker(broker);
    }

    String adresse() {
        return broker.getBrokersAsString();
    }

    /** A new topic; {@code konfiguration} as for the topic's own settings, e.g. message.timestamp.type. */
    void opretEmne(String emne, int partitioner, Map<String, String> konfiguration) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", adresse()))) {
            admin.createTopics(List.of(new NewTopic(emne, partitioner, (short) 1).configs(konfiguration))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create topic " + emne, e);
        }
    }

    void opretEmne(String emne, int partitioner) {
        opretEmne(emne, partitioner, Map.of());
    }

    /** Stops the broker; its data stays, and its port stays reserved for {@link #start()}. */
    void stop() {
        server().shutdown();
    }

    void genstart() {
        server().startup();
    }

    private BrokerServer server() {
        return broker.getCluster().brokers().values().iterator().next();
    }

    /** Every record on the topic, partition by partition, each partition in offset order. */
    List<Post> alle(String emne) {
        Map<String, Object> indstillinger = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, adresse(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> forbruger = new KafkaConsumer<>(indstillinger, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitioner = forbruger.partitionsFor(emne, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(emne, p.partition())).toList();
            forbruger.assign(partitioner);
            forbruger.seekToBeginning(partitioner);
            Map<TopicPartition, Long> slut = forbruger.endOffsets(partitioner, Duration.ofSeconds(30));
            List<Post> poster = new ArrayList<>();
            long frist = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partitioner.stream().anyMatch(p -> forbruger.position(p) < slut.get(p))) {
                if (System.nanoTime() > frist) {
                    throw new AssertionError("Could not read topic " + emne + " to its end " + slut);
                }
                for (ConsumerRecord<String, byte[]> r : forbruger.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), new String(h.value(), UTF_8));
                    }
                    poster.add(new Post(r.partition(), r.offset(), r.key(), new String(r.value(), UTF_8), headers, r.timestamp()));
                }
            }
            poster.sort(Comparator.comparingInt(Post::partition).thenComparingLong(Post::offset));
            return poster;
        }
    }

    @Override
    public void close() {
        broker.destroy();
        System.clearProperty(ADRESSEEGENSKAB);
        System.clearProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        for (String logger : BROKERLOGGERE) {
            System.clearProperty("logging.level." + logger);
            ((Logger) LoggerFactory.getLogger(logger)).setLevel(null);
        }
    }
}
