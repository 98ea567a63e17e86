package dk.samtaleregister.samtale;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.star;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.KoerendeTjeneste;
import dk.samtaleregister.test.TestCpr;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two service instances on one database, many concurrent corrections of one conversation built on the same version:
 * exactly one wins, every other gets 412, and the history has no gap. Nothing in a JVM is shared between the two.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToInstanserTest extends ApiTest {

    private static final int SAMTIDIGE = 16;

    @Autowired
    HikariDataSource database;

    private KoerendeTjeneste anden;

    @BeforeAll
    void startAndenInstans() {
        anden = KoerendeTjeneste.start("--spring.datasource.url=" + database.getJdbcUrl(), "--spring.datasource.username=postgres");
    }

    @AfterAll
    void stopAndenInstans() {
        anden.close();
    }

    @RepeatedTest(3)
    void of_many_corrections_on_the_same_version_across_two_instances_exactly_one_wins() throws Exception {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        Svar registreret = api.som(akasse("AK12")).registrer(samtale(cpr));
        long nummer = registreret.json().get("samtalenummer").asLong();
        List<Api> instanser = List.of(api.som(akasse("AK12")), anden.api().som(akasse("AK12")));

        ExecutorService traade = Executors.newFixedThreadPool(SAMTIDIGE);
        List<Svar> svar = new ArrayList<>();
        try {
            CountDownLatch startskud = new CountDownLatch(1);
            List<Future<Svar>> ventende = new ArrayList<>();
            for (int i = 0; i < SAMTIDIGE; i++) {
                Api instans = instanser.get(i % 2);
                String krop = Api.JSON.writeValueAsString(samtale(cpr).med("samtaleinformation", "Rettelse " + i).json());
                ventende.add(traade.submit(() -> {
                    startskud.await();
                    return instans.send(HttpRequest.newBuilder(URI.create(instans.base() + "/api/v1/samtaler/" + nummer))
                            .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                            .PUT(HttpRequest.BodyPublishers.ofString(krop)));
                }));
            }
            startskud.countDown();
            for (Future<Svar> s : ventende) {
                svar.add(s.get());
            }
        } finally {
            traade.shutdownNow();
        }

        assertThat(svar).filteredOn(s -> s.status() == 200).hasSize(1);
        assertThat(svar).filteredOn(s -> s.status() != 200).allSatisfy(s -> {
            assertThat(s.status()).as(s.toString()).isEqualTo(412);
            assertThat(s.header("ETag")).isEqualTo("\"2\"");
        });
        List<Integer> versioner = anden.api().som(star()).get("/api/v1/samtaler/" + nummer + "/historik").json().valueStream()
                .map(v -> v.get("version").asInt()).toList();
        assertThat(versioner).containsExactly(1, 2);
        String vinder = svar.stream().filter(s -> s.status() == 200).findFirst().orElseThrow().json().get("samtaleinformation").asString();
        assertThat(star.get("/api/v1/samtaler/" + nummer).json().get("samtaleinformation").asString()).isEqualTo(vinder);
    }
}
