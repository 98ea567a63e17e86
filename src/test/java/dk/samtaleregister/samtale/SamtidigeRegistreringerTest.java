package dk.samtaleregister.samtale;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.Samtalebygger;
import dk.samtaleregister.test.TestCpr;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Registrations for one citizen that arrive at the same moment are judged one after the other, so that together
 * they cannot break rules 7 (ordering) or 8 (duplicates). Repeated, because a race shows itself only sometimes.
 */
class SamtidigeRegistreringerTest extends ApiTest {

    private static final int SAMTIDIGE = 12;

    private List<Svar> samtidigt(IntFunction<Samtalebygger> anmodning) throws Exception {
        ExecutorService traade = Executors.newFixedThreadPool(SAMTIDIGE);
        try {
            CountDownLatch startskud = new CountDownLatch(1);
            List<Future<Svar>> svar = new ArrayList<>();
            for (int i = 0; i < SAMTIDIGE; i++) {
                Samtalebygger bygger = anmodning.apply(i);
                svar.add(traade.submit(() -> {
                    startskud.await();
                    return api.som(akasse("AK12")).registrer(bygger);
                }));
            }
            startskud.countDown();
            List<Svar> alle = new ArrayList<>();
            for (Future<Svar> s : svar) {
                alle.add(s.get());
            }
            return alle;
        } finally {
            traade.shutdownNow();
        }
    }

    private int gemte(String cpr) {
        return star.post("/api/v1/samtaler/soeg", Json.objekt("cpr", cpr)).json().size();
    }

    @RepeatedTest(3)
    void of_many_identical_registrations_exactly_one_is_stored() throws Exception {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);

        List<Svar> svar = samtidigt(i -> samtale(cpr).type(12).form("BREV").afholdt(String.format("2024-03-01T10:00:%02d", i)));

        assertThat(svar).filteredOn(s -> s.status() == 201).hasSize(1);
        assertThat(svar).filteredOn(s -> s.status() != 201)
                .allSatisfy(s -> assertThat(s.fejlkoder()).as(s.toString()).containsExactly("DUBLET"));
        assertThat(gemte(cpr)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void of_many_nulstillende_registrations_within_one_minute_exactly_one_is_stored() throws Exception {
        String cpr = TestCpr.naeste();
        feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        feed.akasse(cpr, "AK12", "2024-01-01", null);
        int[] typer = {7, 16, 17};

        List<Svar> svar = samtidigt(i -> samtale(cpr).type(typer[i % 3]).status(typer[i % 3] == 17 ? "A_KASSEN_DELTOG" : null)
                .afholdt(String.format("2024-03-01T10:00:%02d", i * 4)));

        assertThat(svar).filteredOn(s -> s.status() == 201).hasSize(1);
        assertThat(svar).filteredOn(s -> s.status() != 201).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(422);
            assertThat(s.fejlkoder()).as(s.toString()).containsAnyOf("NULSTILLENDE_FOR_TAET", "FOER_SENESTE_NULSTILLENDE", "DUBLET");
        });
        assertThat(gemte(cpr)).isEqualTo(1);
    }
}
