package dk.samtaleregister.haendelse.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.samtaleregister.haendelse.kafka.Testbroker.Post;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.KoerendeTjeneste;
import dk.samtaleregister.test.TestCpr;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Several instances of the service on one database: exactly one publishes at a time. Every record names the instance
 * that sent it, and on a topic of one partition (one order for all records) the instances' runs follow one another
 * and never interleave, the progress never goes back, and each run goes on from where the last stored progress left
 * it. When the publisher's database session ends (as when its process dies) another takes over within seconds, and
 * also when the publisher stops. A publisher whose session ends under it stops publishing and takes the lock again.
 * All events still arrive.
 */
@ExtendWith(OutputCaptureExtension.class)
class UdgiverskifteTest extends BrokerApiTest {

    private static final int BORGERE = 20;
    private static final LocalDate FOERSTE_DAG = LocalDate.parse("2024-01-01");
    private static final Duration OVERTAGELSE = Duration.ofSeconds(10);

    private static boolean udgiver(KoerendeTjeneste tjeneste) {
        return tjeneste.kontekst().getBean(Haendelsesudgiver.class).erUdgiver();
    }

    /** The database session that holds the publisher's lock: its pid and its name, which names the instance. */
    private List<Object[]> laasholder() {
        return jdbc.sql("""
                        select a.pid, a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
                         where l.locktype = 'advisory' and l.granted and l.objsubid = 1
                           and l.classid::bigint = (:laas >> 32) and l.objid::bigint = (:laas & 4294967295)""")
                .param("laas", Udgiverlaas.NOEGLE).query((rs, n) -> new Object[]{rs.getInt(1), rs.getString(2)}).list();
    }

    @Test
    void one_instance_publishes_at_a_time_and_another_takes_over_within_seconds_when_it_dies_or_stops(CapturedOutput log) throws Exception {
        String emne = Kafkatest.nytEmne("skifte");
        broker.opretEmne(emne, 1);
        List<String> cprer = new ArrayList<>();
        for (int i = 0; i < BORGERE; i++) {
            cprer.add(TestCpr.naeste());
        }
        AtomicBoolean skriv = new AtomicBoolean(true);
        List<Long> fremdrift = new CopyOnWriteArrayList<>();
        ExecutorService traade = Executors.newFixedThreadPool(2);
        Future<?> skriver = traade.submit(() -> {
            for (int i = 0; skriv.get(); i++) {
                String dag = FOERSTE_DAG.plusDays(2L * (i / BORGERE)).toString();
                feed.fravaer(cprer.get(i % BORGERE), "UDDANNELSE", dag, dag);
                Thread.sleep(20);
            }
            return null;
        });
        Future<?> maaler = traade.submit(() -> {
            while (skriv.get()) {
                fremdrift.add(Kafkatest.fremdrift(jdbc, emne));
                Thread.sleep(50);
            }
            return null;
        });

        long sidste;
        KoerendeTjeneste a = Kafkatest.udgiver(database, broker, emne, "a");
        KoerendeTjeneste b = null;
        KoerendeTjeneste a2 = null;
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> udgiver(a));
            b = Kafkatest.udgiver(database, broker, emne, "b");
            Thread.sleep(2 * Haendelsesudgiver.LAASFORSOEG.toMillis());
            assertThat(udgiver(b)).as("b publishes while a holds the lock").isFalse();
            assertThat(laasholder()).extracting(r -> r[1]).containsExactly("samtaleregister-udgiver a");
            await().atMost(Duration.ofSeconds(30)).until(() -> Kafkatest.fremdrift(jdbc, emne) >= 50);

            // a dies: its database session ends without a word, and it never comes back.
            int pid = (Integer) laasholder().get(0)[0];
            assertThat(jdbc.sql("select pg_terminate_backend(?)").param(pid).query(Boolean.class).single()).isTrue();
            long doed = System.nanoTime();
            a.close();
            KoerendeTjeneste overtager = b;
            await().atMost(OVERTAGELSE).until(() -> udgiver(overtager));
            System.out.printf("UdgiverskifteTest: b took over %d ms after a's session ended%n", (System.nanoTime() - doed) / 1_000_000);
            long vedOvertagelse = Kafkatest.fremdrift(jdbc, emne);
            await().atMost(Duration.ofSeconds(30)).until(() -> Kafkatest.fremdrift(jdbc, emne) >= vedOvertagelse + 25);

            a2 = Kafkatest.udgiver(database, broker, emne, "a2");
            Thread.sleep(2 * Haendelsesudgiver.LAASFORSOEG.toMillis());
            assertThat(udgiver(a2)).as("a2 publishes while b holds the lock").isFalse();

            // b stops, as at a deployment: it frees the lock itself.
            long stoppet = System.nanoTime();
            b.close();
            KoerendeTjeneste efterfoelger = a2;
            await().atMost(OVERTAGELSE).until(() -> udgiver(efterfoelger));
            System.out.printf("UdgiverskifteTest: a2 took over %d ms after b began to stop%n", (System.nanoTime() - stoppet) / 1_000_000);
            long vedSidsteOvertagelse = Kafkatest.fremdrift(jdbc, emne);
            await().atMost(Duration.ofSeconds(30)).until(() -> Kafkatest.fremdrift(jdbc, emne) >= vedSidsteOvertagelse + 25);

            // a2's session ends under it while it runs on: it stops publishing, takes the lock again with a new session, and goes on.
            int a2sSession = (Integer) laasholder().get(0)[0];
            assertThat(jdbc.sql("select pg_terminate_backend(?)").param(a2sSession).query(Boolean.class).single()).isTrue();
            await().atMost(OVERTAGELSE).untilAsserted(() -> {
                List<Object[]> holder = laasholder();
                assertThat(holder).hasSize(1);
                assertThat(holder.get(0)[1]).isEqualTo("samtaleregister-udgiver a2");
                assertThat(holder.get(0)[0]).isNotEqualTo(a2sSession);
            });
            long vedGenoptagelse = Kafkatest.fremdrift(jdbc, emne);
            await().atMost(Duration.ofSeconds(30)).until(() -> Kafkatest.fremdrift(jdbc, emne) >= vedGenoptagelse + 25);
            assertThat(log.getAll()).contains("This instance (a2) no longer publishes the events to Kafka: its database session ended");

            skriv.set(false);
            skriver.get(1, TimeUnit.MINUTES);
            maaler.get(1, TimeUnit.MINUTES);
            sidste = Kafkatest.ventTilAltErUdgivet(star, jdbc, emne);
        } finally {
            skriv.set(false);
            traade.shutdownNow();
            for (KoerendeTjeneste t : new KoerendeTjeneste[]{a, b, a2}) {
                if (t != null) {
                    t.close();
                }
            }
        }

        for (int i = 1; i < fremdrift.size(); i++) {
            assertThat(fremdrift.get(i)).as("the progress never goes back").isGreaterThanOrEqualTo(fremdrift.get(i - 1));
        }

        List<Post> poster = broker.alle(emne);
        List<String> koersler = new ArrayList<>();
        List<long[]> omfang = new ArrayList<>();
        long forrige = 0;
        for (Post post : poster) {
            long position = Api.JSON.readTree(post.vaerdi()).get("position").asLong();
            String udgiver = post.header(Haendelsesudgiver.UDGIVER);
            if (koersler.isEmpty() || !koersler.get(koersler.size() - 1).equals(udgiver)) {
                koersler.add(udgiver);
                omfang.add(new long[]{position, position});
                assertThat(position).as(udgiver + " goes on from the stored progress, leaving no gap").isLessThanOrEqualTo(forrige + 1);
            } else {
                assertThat(position).as("within one instance's run, one position after another").isEqualTo(forrige + 1);
                omfang.get(omfang.size() - 1)[1] = position;
            }
            forrige = position;
        }
        assertThat(koersler).as("the instances' runs, in the order of the records").containsExactly("a", "b", "a2");

        Set<String> paaEmnet = new HashSet<>();
        poster.forEach(p -> paaEmnet.add(p.header(Haendelsesudgiver.ID)));
        Set<String> haendelser = new HashSet<>();
        Kafkatest.feedet(star, sidste).forEach((JsonNode h) -> haendelser.add(h.get("id").asString()));
        assertThat(paaEmnet).isEqualTo(haendelser);
        System.out.printf("UdgiverskifteTest: %d events, %d records; runs a %d-%d, b %d-%d, a2 %d-%d; %d repeats at the two take-overs%n",
                haendelser.size(), poster.size(), omfang.get(0)[0], omfang.get(0)[1], omfang.get(1)[0], omfang.get(1)[1],
                omfang.get(2)[0], omfang.get(2)[1], poster.size() - haendelser.size());
    }
}
