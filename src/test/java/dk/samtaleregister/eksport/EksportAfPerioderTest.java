package dk.samtaleregister.eksport;

import static dk.samtaleregister.test.Samtalebygger.samtale;
import static dk.samtaleregister.test.Testkalder.akasse;
import static dk.samtaleregister.test.Testkalder.jobcenter;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.test.Api;
import dk.samtaleregister.test.Api.Svar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.Json;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/eksport/{periodeslag} through HTTP, for every kind of period: the periods that overlap the days, with
 * the single answer's fields and the kind's own code field, to every caller as far as it may read the situation.
 */
class EksportAfPerioderTest extends ApiTest {

    private static final Testkalder JC813 = jobcenter("813");
    private static final Testkalder JC814 = jobcenter("814");

    /** A kind of period: its collection, its code field, and four codes for four periods of one citizen. */
    record Slag(String samling, String kodefelt, Object a, Object b, Object c, Object d) {
    }

    private static final List<Slag> SLAG = List.of(
            new Slag("kontaktgruppeperioder", "kontaktgruppe", 1, 2, 6, 12),
            new Slag("fravaer", "fravaerstype", "FERIE", "SYGDOM_SYGEMELDING", "UDDANNELSE", "BARSEL"),
            new Slag("jobcentertilknytninger", "jobcenter", "813", "814", "815", "813"),
            new Slag("akassemedlemskaber", "akasse", "AKE1", "AKE2", "AKE3", "AKE4"),
            new Slag("andenaktoer-henvisninger", "andenAktoer", "AAE1", "AAE2", "AAE3", "AAE4"),
            new Slag("undtagelser", "grund", "MINDRE_INTENSIV_INDSATS", "SYGEDAGPENGE_KATEGORI_1", "SELV_I_JOB", "SYGEDAGPENGE_13F"));

    private long periode(String samling, String kodefelt, String cpr, Object kode, String fra, String til) {
        Svar svar = feed.post("/api/v1/" + samling, Json.objekt("cpr", cpr, kodefelt, kode, "fra", fra, "til", til));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return svar.json().get("id").asLong();
    }

    private static Csv eksport(Api som, String samling, String fra, String til) {
        Svar svar = som.get("/api/v1/eksport/" + samling + "?fra=" + fra + "&til=" + til);
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + samling + "-" + fra + "-" + til + ".csv\"");
        return Csv.laes(svar.tekst());
    }

    private static List<String> ider(Csv csv, String cpr) {
        return csv.hvor("cpr", cpr).stream().map(r -> r.get("id")).toList();
    }

    @Test
    void every_kind_answers_the_periods_that_overlap_the_days_with_the_fields_get_answers() {
        for (Slag slag : SLAG) {
            String cpr = TestCpr.naeste();
            periode(slag.samling(), slag.kodefelt(), cpr, slag.a(), "2023-01-01", "2023-06-30");
            long sidsteDagFra = periode(slag.samling(), slag.kodefelt(), cpr, slag.b(), "2023-07-01", "2023-07-01");
            long foersteDagTil = periode(slag.samling(), slag.kodefelt(), cpr, slag.c(), "2023-09-30", "2023-10-31");
            periode(slag.samling(), slag.kodefelt(), cpr, slag.d(), "2023-11-01", null);
            long aaben = periode(slag.samling(), slag.kodefelt(), cpr, slag.a(), "2024-01-01", null);

            Csv juliTilSeptember = eksport(star, slag.samling(), "2023-07-01", "2023-09-30");
            Csv fraDecember = eksport(star, slag.samling(), "2023-12-01", "2025-12-31");

            assertThat(juliTilSeptember.kolonner()).as(slag.samling()).containsExactly("id", "cpr", slag.kodefelt(), "fra", "til", "version");
            assertThat(ider(juliTilSeptember, cpr)).as(slag.samling())
                    .containsExactly(Long.toString(sidsteDagFra), Long.toString(foersteDagTil));
            assertThat(ider(fraDecember, cpr)).as(slag.samling()).hasSize(2).endsWith(Long.toString(aaben));
            List<Map<String, String>> raekker = new ArrayList<>(juliTilSeptember.hvor("cpr", cpr));
            raekker.addAll(fraDecember.hvor("cpr", cpr));
            for (Map<String, String> raekke : raekker) {
                Map<String, String> svar = Csv.flad(star.get("/api/v1/" + slag.samling() + "/" + raekke.get("id")).json());
                Set<String> udeladte = new LinkedHashSet<>(svar.keySet());
                udeladte.removeAll(juliTilSeptember.kolonner());
                assertThat(udeladte).as(slag.samling() + ": what the answer has that the export leaves out")
                        .isSubsetOf("kontaktgruppenavn", "afsluttedePerioder");
                svar.forEach((felt, vaerdi) -> {
                    if (!udeladte.contains(felt)) {
                        assertThat(raekke.get(felt)).as(slag.samling() + " " + felt).isEqualTo(vaerdi);
                    }
                });
            }
        }
    }

    @Test
    void a_corrected_period_is_exported_as_its_current_version() {
        String cpr = TestCpr.naeste();
        long id = periode("fravaer", "fravaerstype", cpr, "FERIE", "2023-03-01", "2023-03-10");
        Svar rettet = feed.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/fravaer/" + id))
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"fravaerstype\": \"FERIE\", \"fra\": \"2023-03-02\", \"til\": \"2023-03-12\", \"begrundelse\": \"Rettet.\"}")));
        assertThat(rettet.status()).as(rettet.toString()).isEqualTo(200);

        Map<String, String> raekke = eksport(star, "fravaer", "2023-03-11", "2023-03-11").hvor("cpr", cpr).get(0);

        assertThat(raekke).containsEntry("id", Long.toString(id)).containsEntry("fra", "2023-03-02").containsEntry("til", "2023-03-12")
                .containsEntry("version", "2");
    }

    @Test
    void a_jobcenter_or_akasse_gets_the_periods_of_its_own_citizens_today_and_a_system_caller_every_citizens() {
        String egen = TestCpr.naeste();
        feed.jobcenter(egen, JC813.kode(), "2024-01-01", null);
        feed.akasse(egen, "AKE9", "2024-01-01", null);
        String andens = TestCpr.naeste();
        feed.jobcenter(andens, JC814.kode(), "2024-01-01", null);
        for (String cpr : List.of(egen, andens)) {
            feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
            feed.fravaer(cpr, "FERIE", "2024-02-05", "2024-02-09");
        }
        Testkalder systemMedJobcenter = jobcenter("147", "dfdg-feed").medRoller(Testkalder.SYSTEM);

        assertThat(eksport(api.som(JC813), "fravaer", "2024-02-05", "2024-02-09").raekker()).extracting(r -> r.get("cpr"))
                .contains(egen).doesNotContain(andens);
        assertThat(eksport(api.som(akasse("AKE9")), "fravaer", "2024-02-05", "2024-02-09").raekker()).extracting(r -> r.get("cpr"))
                .containsExactly(egen);
        assertThat(eksport(api.som(JC814), "jobcentertilknytninger", "2024-02-05", "2024-02-09").raekker())
                .extracting(r -> r.get("jobcenter")).containsOnly(JC814.kode());
        assertThat(eksport(star, "fravaer", "2024-02-05", "2024-02-09").raekker()).extracting(r -> r.get("cpr")).contains(egen, andens);
        assertThat(eksport(api.som(systemMedJobcenter), "fravaer", "2024-02-05", "2024-02-09").raekker()).extracting(r -> r.get("cpr"))
                .contains(egen, andens);
        assertThat(eksport(api.som(systemMedJobcenter), "kontaktgruppeperioder", "2024-02-05", "2024-02-09").raekker())
                .extracting(r -> r.get("cpr")).contains(egen, andens);
    }

    @Test
    void a_system_caller_gets_the_conversations_of_its_authoritys_citizens_only_as_any_read_of_them() {
        Testkalder systemMedJobcenter = jobcenter("814", "jc814-feed").medRoller(Testkalder.SYSTEM);
        String egen = TestCpr.naeste();
        String andens = TestCpr.naeste();
        for (String cpr : List.of(egen, andens)) {
            feed.kontaktgruppe(cpr, 1, "2024-01-01", null);
        }
        feed.jobcenter(egen, JC814.kode(), "2024-01-01", null);
        feed.jobcenter(andens, JC813.kode(), "2024-01-01", null);
        assertThat(api.som(JC814).registrer(samtale(egen).af(JC814).afholdt("2024-05-06T10:00")).status()).isEqualTo(201);
        assertThat(api.som(JC813).registrer(samtale(andens).af(JC813).afholdt("2024-05-06T10:00")).status()).isEqualTo(201);

        Svar svar = api.som(systemMedJobcenter).get("/api/v1/eksport/samtaler?fra=2024-05-06&til=2024-05-06");

        assertThat(Csv.laes(svar.tekst()).raekker()).extracting(r -> r.get("cpr")).contains(egen).doesNotContain(andens);
    }
}
