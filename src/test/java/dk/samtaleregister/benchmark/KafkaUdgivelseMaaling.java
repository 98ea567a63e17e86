package dk.samtaleregister.benchmark;

import static java.nio.charset.StandardCharsets.UTF_8;

import dk.samtaleregister.haendelse.application.Sekvensering;
import dk.samtaleregister.haendelse.kafka.Haendelsesudgiver;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.KoerendeTjeneste;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A timed measurement (not a test) of the Kafka publisher, with the broker's own rate measured in the same run as the
 * anchor. Everything runs on this machine: an embedded KRaft broker (one node, as spring-kafka-test starts it), the
 * service on its embedded PostgreSQL (fsync on), and a second instance of the service on the same database that
 * publishes, as a second node of a deployment would. Run by {@code bench/kafka.sh}.
 *
 * <ol>
 *   <li>Publish rate: C citizens are registered through the API (one kontaktgruppe event each), then their events are
 *   copied in SQL to a backlog of N events of the same sizes and citizens, numbered before the publisher starts, so
 *   that the figure is the publisher's alone. Rate = the events published between the first stored progress and the
 *   last, over the time between the two.</li>
 *   <li>Anchor: a bare KafkaProducer with the publisher's settings (acks=all, idempotent, at most 5 in flight, the
 *   other settings at Kafka's defaults, as the publisher has them) sends the same N records (the same keys and values,
 *   read back from the topic) to another topic of as many partitions, all at once, then flush: the broker's rate.</li>
 *   <li>Delay: with the publisher idle, one client registers a fravær through the API every 1/R s for D seconds. Each
 *   event's delay is the broker's LogAppendTime of its record minus the event's {@code registreret} (its transaction's
 *   start, a few milliseconds before its commit, so the delay is if anything overstated). p50, p99 and the largest.
 *   Anchor: the same bare producer sends one record every 1/R s and times send to acknowledgement.</li>
 * </ol>
 *
 * <p>Arguments: N (backlog events, default 50,000), R (changes per second in step 3, default 100), D (seconds, default
 * 30), the publisher's samtaleregister.kafka.interval (default 200ms) and pr-gang (default 500).
 */
public final class KafkaUdgivelseMaaling {

    private static final int BORGERE = 1_000;
    private static final int PARTITIONER = 3;
    private static final String UDGIVET = "maaling.udgiver";
    private static final String ANKER = "maaling.anker";

    private KafkaUdgivelseMaaling() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int sekunder = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String interval = args.length > 3 ? args[3] : "200ms";
        String prGang = args.length > 4 ? args[4] : "500";

        for (String logger : List.of("kafka", "org.apache.kafka", "state.change.logger", "org.springframework", "dk.samtaleregister",
                "org.flywaydb", "com.zaxxer", "org.apache.catalina", "org.springdoc")) {
            System.setProperty("logging.level." + logger, "WARN");
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONER);
        broker.brokerListProperty("samtaleregister.maaling.kafka-broker");
        broker.afterPropertiesSet();
        String servere = broker.getBrokersAsString();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", servere))) {
            Map<String, String> logAppendTime = Map.of("message.timestamp.type", "LogAppendTime");
            admin.createTopics(List.of(new NewTopic(UDGIVET, PARTITIONER, (short) 1).configs(logAppendTime),
                    new NewTopic(ANKER, PARTITIONER, (short) 1).configs(logAppendTime))).all().get(30, TimeUnit.SECONDS);
        }

        Path data = Path.of("target/bench-kafka/postgres-" + UUID.randomUUID());
        try (KoerendeTjeneste tjeneste = KoerendeTjeneste.start("--samtaleregister.embedded-postgres.data-dir=" + data,
                "--samtaleregister.embedded-postgres.clean=true")) {
            Api feed = tjeneste.api().som(Testkalder.feed());
            JdbcClient jdbc = tjeneste.kontekst().getBean(JdbcClient.class);
            String url = jdbc.sql("select 'jdbc:postgresql://127.0.0.1:' || current_setting('port') || '/' || current_database()")
                    .query(String.class).single();

            long t0 = System.nanoTime();
            List<String> cprer = new ArrayList<>();
            for (int i = 0; i < BORGERE; i++) {
                String cpr = TestCpr.naeste();
                cprer.add(cpr);
                feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
            }
            int gange = Math.max(1, n / BORGERE - 1);
            jdbc.sql("""
                    insert into haendelse (type, entitet, entitet_id, version, borger_id, samtaletype, kalder_ident,
                                           kalder_myndighedstype, kalder_myndighedskode, tilstand)
                    select h.type, h.entitet, h.entitet_id, h.version, h.borger_id, h.samtaletype, h.kalder_ident,
                           h.kalder_myndighedstype, h.kalder_myndighedskode, h.tilstand
                      from generate_series(1, :gange) g, haendelse h order by g, h.id""").param("gange", gange).update();
            Sekvensering sekvensering = tjeneste.kontekst().getBean(Sekvensering.class);
            while (sekvensering.nummerer() > 0) {
                // a backlog is numbered over several passes
            }
            long backlog = sidste(jdbc);
            double vaerdistoerrelse = jdbc.sql("select avg(octet_length(tilstand::text)) from haendelse").query(Double.class).single();
            System.out.printf("== %d cores, load %s, %s; backlog of %,d events (%d citizens, tilstand %.0f bytes on average) in %.1f s%n",
                    Runtime.getRuntime().availableProcessors(), String.join(" ", Arrays.copyOf(
                            java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" "), 3)), Instant.now(), backlog, BORGERE,
                    vaerdistoerrelse, (System.nanoTime() - t0) / 1e9);

            try (KoerendeTjeneste udgiver = KoerendeTjeneste.start("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.kafka.bootstrap-servers=" + servere, "--samtaleregister.kafka.emne=" + UDGIVET,
                    "--samtaleregister.kafka.instans=maaling", "--samtaleregister.kafka.interval=" + interval,
                    "--samtaleregister.kafka.pr-gang=" + prGang)) {
                long foersteTid = 0;
                long foerste = 0;
                long frist = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
                long position;
                while ((position = fremdrift(jdbc)) < backlog) {
                    if (foersteTid == 0 && position > 0) {
                        foersteTid = System.nanoTime();
                        foerste = position;
                    }
                    if (System.nanoTime() > frist) {
                        throw new IllegalStateException("The backlog was not published within 10 minutes: at " + position);
                    }
                    Thread.sleep(2);
                }
                double tid = (System.nanoTime() - foersteTid) / 1e9;
                System.out.printf("publisher: %,d events in %.2f s: %,.0f events/s (interval %s, pr-gang %s; the first batch of %,d not timed)%n",
                        backlog - foerste, tid, (backlog - foerste) / tid, interval, prGang, foerste);

                List<ConsumerRecord<String, byte[]>> poster = laes(servere, UDGIVET);
                double bytes = poster.stream().mapToInt(r -> r.value().length).average().orElse(0);
                try (KafkaProducer<String, byte[]> bar = barProducer(servere)) {
                    long start = System.nanoTime();
                    for (ConsumerRecord<String, byte[]> r : poster) {
                        bar.send(new ProducerRecord<>(ANKER, r.key(), r.value()));
                    }
                    bar.flush();
                    double ankertid = (System.nanoTime() - start) / 1e9;
                    System.out.printf("anchor, bare KafkaProducer: %,d records of %.0f bytes on average in %.2f s: %,.0f records/s%n",
                            poster.size(), bytes, ankertid, poster.size() / ankertid);
                }

                forsinkelse(feed, cprer, jdbc, servere, rate, sekunder, backlog);
                if (!udgiver.kontekst().getBean(Haendelsesudgiver.class).erUdgiver()) {
                    throw new IllegalStateException("The measured instance did not publish to the end");
                }
            }
        } finally {
            broker.destroy();
        }
    }

    /** Step 3: the delay from a change to the broker's acknowledgement, with the publisher idle between changes. */
    private static void forsinkelse(Api feed, List<String> cprer, JdbcClient jdbc, String servere, int rate, int sekunder, long efter)
            throws Exception {
        long skridt = TimeUnit.SECONDS.toNanos(1) / rate;
        int antal = rate * sekunder;
        long start = System.nanoTime();
        LocalDate dag = LocalDate.parse("2024-02-01");
        for (int i = 0; i < antal; i++) {
            long naeste = start + i * skridt;
            long vent = naeste - System.nanoTime();
            if (vent > 0) {
                TimeUnit.NANOSECONDS.sleep(vent);
            }
            String d = dag.plusDays(2L * (i / cprer.size())).toString();
            feed.fravaer(cprer.get(i % cprer.size()), "UDDANNELSE", d, d);
        }
        double skrevetPaa = (System.nanoTime() - start) / 1e9;
        // Positions run 1, 2, 3, ... without gaps, so all is published when the progress reaches the number of events.
        long sidste = jdbc.sql("select count(*) from haendelse").query(Long.class).single();
        long frist = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (fremdrift(jdbc) < sidste) {
            if (System.nanoTime() > frist) {
                throw new IllegalStateException("The changes were not published within 2 minutes");
            }
            Thread.sleep(10);
        }
        List<Long> forsinkelser = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : laes(servere, UDGIVET)) {
            var haendelse = Api.JSON.readTree(new String(r.value(), UTF_8));
            if (haendelse.get("position").asLong() > efter) {
                Instant registreret = OffsetDateTime.parse(haendelse.get("registreret").asString()).toInstant();
                forsinkelser.add(r.timestamp() - registreret.toEpochMilli());
            }
        }
        forsinkelser.sort(null);
        System.out.printf("delay, change to broker (registreret to LogAppendTime): %,d changes at %.0f/s: p50 %d ms, p99 %d ms, max %d ms%n",
                forsinkelser.size(), antal / skrevetPaa, percentil(forsinkelser, 50), percentil(forsinkelser, 99),
                forsinkelser.get(forsinkelser.size() - 1));

        List<Long> anker = new ArrayList<>();
        byte[] vaerdi = new byte[600];
        Arrays.fill(vaerdi, (byte) 'x');
        try (KafkaProducer<String, byte[]> bar = barProducer(servere)) {
            bar.send(new ProducerRecord<>(ANKER, "opvarmning", vaerdi)).get();
            long begyndt = System.nanoTime();
            List<Future<RecordMetadata>> kvitteringer = new ArrayList<>();
            for (int i = 0; i < antal; i++) {
                long vent = begyndt + i * skridt - System.nanoTime();
                if (vent > 0) {
                    TimeUnit.NANOSECONDS.sleep(vent);
                }
                long sendt = System.nanoTime();
                kvitteringer.add(bar.send(new ProducerRecord<>(ANKER, UUID.randomUUID().toString(), vaerdi),
                        (m, e) -> {
                            if (e == null) {
                                synchronized (anker) {
                                    anker.add((System.nanoTime() - sendt) / 1_000_000);
                                }
                            }
                        }));
            }
            for (Future<RecordMetadata> k : kvitteringer) {
                k.get();
            }
        }
        anker.sort(null);
        System.out.printf("anchor, bare KafkaProducer send to acknowledgement, one record every %.1f ms: p50 %d ms, p99 %d ms, max %d ms%n",
                skridt / 1e6, percentil(anker, 50), percentil(anker, 99), anker.get(anker.size() - 1));
    }

    private static KafkaProducer<String, byte[]> barProducer(String servere) {
        Map<String, Object> indstillinger = new HashMap<>();
        indstillinger.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servere);
        indstillinger.put(ProducerConfig.ACKS_CONFIG, "all");
        indstillinger.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        indstillinger.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        return new KafkaProducer<>(indstillinger, new StringSerializer(), new ByteArraySerializer());
    }

    private static List<ConsumerRecord<String, byte[]>> laes(String servere, String emne) {
        Map<String, Object> indstillinger = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servere, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        try (KafkaConsumer<String, byte[]> forbruger = new KafkaConsumer<>(indstillinger, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitioner = forbruger.partitionsFor(emne).stream().map(p -> new TopicPartition(emne, p.partition())).toList();
            forbruger.assign(partitioner);
            forbruger.seekToBeginning(partitioner);
            Map<TopicPartition, Long> slut = forbruger.endOffsets(partitioner);
            List<ConsumerRecord<String, byte[]>> poster = new ArrayList<>();
            while (partitioner.stream().anyMatch(p -> forbruger.position(p) < slut.get(p))) {
                forbruger.poll(Duration.ofMillis(500)).forEach(poster::add);
            }
            return poster;
        }
    }

    private static long sidste(JdbcClient jdbc) {
        return jdbc.sql("select coalesce(max(position), 0) from haendelse").query(Long.class).single();
    }

    private static long fremdrift(JdbcClient jdbc) {
        return jdbc.sql("select position from haendelsesudgivelse where emne = ?").param(UDGIVET).query(Long.class).optional().orElse(0L);
    }

    private static long percentil(List<Long> sorteret, int p) {
        return sorteret.get(Math.min(sorteret.size() - 1, (int) Math.ceil(p / 100.0 * sorteret.size()) - 1));
    }
}
