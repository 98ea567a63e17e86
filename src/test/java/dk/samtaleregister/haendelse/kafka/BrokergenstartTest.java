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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * The broker stopped and started again in the middle of a stream of changes: while it is down the progress stays
 * where the last acknowledgement left it, the publisher warns once, and afterwards every event is on the topic, none
 * missing, each citizen's in position order once the repeats (the same event id again) are dropped. The number of
 * repeats is printed and published as a report entry of the test.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokergenstartTest extends BrokerApiTest {

    private static final int BORGERE = 40;
    private static final int AENDRINGER = 320;
    private static final int EFTER_GENSTART = 60;
    private static final LocalDate FOERSTE_DAG = LocalDate.parse("2024-01-01");

    @Test
    void with_the_broker_stopped_and_started_mid_stream_every_event_arrives_in_each_citizens_order_once_repeats_are_dropped(
            CapturedOutput log, TestReporter rapport) throws Exception {
        String emne = Kafkatest.nytEmne("genstart");
        broker.opretEmne(emne, 3);
        List<String> cprer = new ArrayList<>();
        for (int i = 0; i < BORGERE; i++) {
            cprer.add(TestCpr.naeste());
        }
        AtomicInteger skrevet = new AtomicInteger();
        AtomicInteger skrevetEfterGenstart = new AtomicInteger();
        AtomicBoolean genstartet = new AtomicBoolean();
        ExecutorService traad = Executors.newSingleThreadExecutor();

        long sidste;
        // Small batches and a short svarfrist, so that the stop falls inside a stream of many batches and is noticed.
        try (KoerendeTjeneste udgiver = Kafkatest.udgiver(database, broker, emne, "genstart", "--samtaleregister.kafka.pr-gang=20",
                "--samtaleregister.kafka.svarfrist=2s")) {
            Future<?> skriver = traad.submit(() -> {
                for (String cpr : cprer) {
                    feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
                    skrevet.incrementAndGet();
                }
                for (int i = 0; skrevet.get() < AENDRINGER || skrevetEfterGenstart.get() < EFTER_GENSTART; i++) {
                    String dag = FOERSTE_DAG.plusDays(2L * (i / BORGERE)).toString();
                    feed.fravaer(cprer.get(i % BORGERE), "UDDANNELSE", dag, dag);
                    skrevet.incrementAndGet();
                    if (genstartet.get()) {
                        skrevetEfterGenstart.incrementAndGet();
                    }
                    Thread.sleep(25);
                }
                return null;
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> skrevet.get() >= 100 && Kafkatest.fremdrift(jdbc, emne) > 0);

            broker.stop();
            Thread.sleep(1000);
            long fremdriftUnderStop = Kafkatest.fremdrift(jdbc, emne);
            int skrevetUnderStop = skrevet.get();
            Thread.sleep(3000);
            assertThat(Kafkatest.fremdrift(jdbc, emne)).as("the progress while the broker is down").isEqualTo(fremdriftUnderStop);
            assertThat(skrevet.get()).as("changes written while the broker is down").isGreaterThan(skrevetUnderStop);
            assertThat(Kafkatest.sidstePosition(star)).as("the feed has gone on past the progress").isGreaterThan(fremdriftUnderStop);
            broker.genstart();
            genstartet.set(true);

            skriver.get(3, TimeUnit.MINUTES);
            sidste = Kafkatest.ventTilAltErUdgivet(star, jdbc, emne);
        } finally {
            traad.shutdownNow();
        }

        List<JsonNode> feedet = Kafkatest.feedet(star, sidste);
        List<Post> poster = broker.alle(emne);
        Set<String> haendelsesider = new HashSet<>();
        feedet.forEach(h -> haendelsesider.add(h.get("id").asString()));
        Set<String> set = new HashSet<>();
        Map<String, Long> sidstPrBorger = new HashMap<>();
        int gentagelser = 0;
        for (Post post : poster) {
            JsonNode vaerdi = Api.JSON.readTree(post.vaerdi());
            assertThat(vaerdi.get("id").asString()).isEqualTo(post.header(Haendelsesudgiver.ID));
            assertThat(vaerdi.get("borger").asString()).isEqualTo(post.noegle());
            if (!set.add(post.header(Haendelsesudgiver.ID))) {
                gentagelser++;
                continue;
            }
            long position = vaerdi.get("position").asLong();
            Long forrige = sidstPrBorger.put(post.noegle(), position);
            assertThat(forrige == null || forrige < position).as("position " + position + " of " + post.noegle() + " after " + forrige).isTrue();
        }
        assertThat(set).as("the event ids on the topic").isEqualTo(haendelsesider);
        assertThat(poster).hasSize(feedet.size() + gentagelser);
        assertThat(gentagelser).isGreaterThanOrEqualTo(0);
        System.out.printf("BrokergenstartTest: %d events, %d records on the topic, %d repeats after the broker was stopped and started%n",
                feedet.size(), poster.size(), gentagelser);
        rapport.publishEntry("repeats", String.valueOf(gentagelser));

        long advarsler = log.getAll().lines().filter(l -> l.contains("Kafka did not acknowledge the events after position")).count();
        long igen = log.getAll().lines().filter(l -> l.contains("Kafka acknowledges again")).count();
        assertThat(advarsler).as("warnings: one per outage").isEqualTo(1);
        assertThat(igen).isEqualTo(1);
    }
}
