package dk.samtaleregister.haendelse;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Fravaer;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Fravaerstype;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.TestCpr;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The feed's ordering guarantee, under transactions that draw their ids in one order and commit in another: writers
 * hold their transactions open for a random while after writing, and a reader follows the feed all the time. The
 * reader never meets a position at or below one it has read, positions run on without gaps, every committed event
 * arrives exactly once, and each citizen's events arrive in the order of the changes. The test also shows that ids
 * alone would not have done: events did commit out of id order.
 */
class HaendelsesraekkefoelgeTest extends ApiTest {

    private static final int SKRIVERE = 8;
    private static final int AENDRINGER_HVER = 30;
    private static final int BORGERE = 6;

    @Autowired
    private BorgerService borgere;

    @Autowired
    private PlatformTransactionManager transaktioner;

    private record Laest(long position, long id, String cpr, long entitetId) {
    }

    @Test
    void a_reader_never_meets_a_position_it_has_passed_and_gets_every_event_once_in_each_citizens_order() throws Exception {
        List<String> cprer = new ArrayList<>();
        for (int i = 0; i < BORGERE; i++) {
            cprer.add(TestCpr.naeste());
        }
        long start = star.get("/api/v1/haendelser?max=1").json().get("sidstePosition").asLong();
        Kald kald = new Kald(new Kalder(new Myndighed(Myndighedstype.STAR, "STAR"), "feed", Set.of(Rolle.SYSTEM)), "test");
        TransactionTemplate transaktion = new TransactionTemplate(transaktioner);
        Map<Long, String> skrevet = new ConcurrentHashMap<>();

        ExecutorService traade = Executors.newFixedThreadPool(SKRIVERE + 1);
        AtomicBoolean skriverFaerdige = new AtomicBoolean();
        CountDownLatch klar = new CountDownLatch(1);
        Future<List<Laest>> laeser = traade.submit(() -> {
            List<Laest> laest = new ArrayList<>();
            long efter = start;
            klar.countDown();
            while (true) {
                boolean sidsteRunde = skriverFaerdige.get();
                Svar svar = star.get("/api/v1/haendelser?efter=" + efter + "&max=7");
                assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
                JsonNode side = svar.json();
                for (JsonNode h : side.get("haendelser")) {
                    long position = h.get("position").asLong();
                    assertThat(position).as("the position after " + efter).isEqualTo(efter + 1);
                    efter = position;
                    laest.add(new Laest(position, h.get("id").asLong(), h.get("cpr").asString(), h.get("entitetId").asLong()));
                }
                assertThat(side.get("naesteEfter").asLong()).isEqualTo(efter);
                if (sidsteRunde && efter == side.get("sidstePosition").asLong()) {
                    return laest;
                }
            }
        });
        klar.await();

        List<Future<?>> skrivere = new ArrayList<>();
        for (int s = 0; s < SKRIVERE; s++) {
            skrivere.add(traade.submit(() -> {
                for (int i = 0; i < AENDRINGER_HVER; i++) {
                    String cpr = cprer.get(ThreadLocalRandom.current().nextInt(BORGERE));
                    transaktion.executeWithoutResult(status -> {
                        var periode = borgere.registrer(kald, Periodeslag.FRAVAER, Cpr.afLagret(cpr), new Fravaer(0, Fravaerstype.UDDANNELSE,
                                new Periode(LocalDate.parse("2024-01-01"), null)), new Aendring(kald.kalder().somSagsbehandler(), null));
                        skrevet.put(periode.periode().id(), cpr);
                        sov(ThreadLocalRandom.current().nextInt(15));
                    });
                }
                return null;
            }));
        }
        for (Future<?> skriver : skrivere) {
            skriver.get(2, TimeUnit.MINUTES);
        }
        skriverFaerdige.set(true);
        List<Laest> laest = laeser.get(2, TimeUnit.MINUTES);
        traade.shutdown();

        List<Laest> vores = laest.stream().filter(l -> cprer.contains(l.cpr())).toList();
        assertThat(vores).hasSize(SKRIVERE * AENDRINGER_HVER);
        assertThat(vores.stream().map(Laest::entitetId).distinct()).hasSize(skrevet.size());
        vores.forEach(l -> assertThat(skrevet.get(l.entitetId())).isEqualTo(l.cpr()));

        // Each citizen's periods were created one at a time under the citizen's lock: their ids grow in that order.
        Map<String, Long> sidsteId = new HashMap<>();
        for (Laest l : vores) {
            Long forrige = sidsteId.put(l.cpr(), l.entitetId());
            assertThat(forrige == null || forrige < l.entitetId()).as("the order of " + l.cpr() + "'s changes").isTrue();
        }

        long udAfIdOrden = 0;
        long hoejesteId = 0;
        for (Laest l : laest) {
            if (l.id() < hoejesteId) {
                udAfIdOrden++;
            }
            hoejesteId = Math.max(hoejesteId, l.id());
        }
        assertThat(udAfIdOrden).as("events that committed after an event with a higher id had been read").isPositive();
    }

    private static void sov(int millisekunder) {
        try {
            Thread.sleep(millisekunder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
